package io.revisio.content.media;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One image of the media library.
 *
 * @param url          where it is served, the address to put in Markdown
 * @param markdown     a ready-to-paste Markdown image with a placeholder alt text
 * @param width        in pixels, or null when unknown (WebP)
 * @param usedBy       the questions whose working or published version shows it
 */
record MediaItem(String sha256, String mediaType, long sizeBytes, Integer width, Integer height,
        String originalFilename, UUID uploadedBy, Instant uploadedAt, String url, String markdown,
        List<UUID> usedBy) {

    static final String PATH = "/media/";

    static String urlOf(String sha256) {
        return PATH + sha256;
    }

    static String markdownOf(String sha256) {
        return "![describe the image](" + urlOf(sha256) + ")";
    }
}
