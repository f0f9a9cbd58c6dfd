package io.revisio.content.media;

import io.revisio.shared.problem.ProblemException;
import org.springframework.http.HttpStatus;

/** The refusals of the media library, each with its own stable problem type. */
final class MediaProblems {

    private MediaProblems() {
    }

    static ProblemException unsupportedType(String detected) {
        return new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "media-unsupported-type",
                "The file is " + detected + "; upload a PNG, JPEG, WebP or GIF image.")
                .with("detectedType", detected)
                .with("accepted", java.util.Arrays.stream(ImageType.values()).map(ImageType::mediaType).toList());
    }

    static ProblemException tooLarge(long limit) {
        return new ProblemException(HttpStatus.CONTENT_TOO_LARGE, "media-too-large",
                "The image is larger than the limit of " + limit + " bytes.").with("maxBytes", limit);
    }

    static ProblemException fileRequired() {
        return ProblemException.invalidField("file", "required", "choose an image file to upload");
    }

    static ProblemException unknownMedia(String field, String sha256) {
        return ProblemException.invalidField(field, "unknownMedia",
                "refers to /media/" + sha256 + ", which is not in the media library; upload the image first");
    }
}
