package io.revisio.content.media;

import java.util.Arrays;
import java.util.Optional;

/** The image formats the question bank accepts, by the media type their bytes are sniffed as. */
enum ImageType {
    PNG("image/png"),
    JPEG("image/jpeg"),
    WEBP("image/webp"),
    GIF("image/gif");

    private final String mediaType;

    ImageType(String mediaType) {
        this.mediaType = mediaType;
    }

    String mediaType() {
        return mediaType;
    }

    static Optional<ImageType> of(String mediaType) {
        return Arrays.stream(values()).filter(type -> type.mediaType.equals(mediaType)).findFirst();
    }

    /** Whether the JDK can read its header for the size in pixels (it has no WebP reader). */
    boolean hasReadableDimensions() {
        return this != WEBP;
    }
}
