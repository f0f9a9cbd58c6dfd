package io.revisio.content.media;

import io.revisio.shared.web.PageTimes;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** What the media library page shows (public, as templates compile into another package). */
public final class MediaPageViews {

    private MediaPageViews() {
    }

    /**
     * One image in the grid.
     *
     * @param uploadedBy the uploader's display name (their account id if the account is gone)
     * @param usedBy     ids of the questions that show it
     */
    public record MediaCard(String sha256, String url, String markdown, String type, String size, String dimensions,
            String filename, String uploadedBy, String uploadedById, String uploadedAt, List<String> usedBy) {

        static MediaCard of(MediaItem item, Map<UUID, String> names) {
            String type = item.mediaType().substring("image/".length()).toUpperCase(Locale.ROOT);
            String dimensions = item.width() == null ? null : item.width() + " × " + item.height() + " px";
            String uploaderId = item.uploadedBy().toString();
            return new MediaCard(item.sha256(), item.url(), item.markdown(), type, readableSize(item.sizeBytes()),
                    dimensions, item.originalFilename(), names.getOrDefault(item.uploadedBy(), uploaderId), uploaderId,
                    PageTimes.utc(item.uploadedAt()), item.usedBy().stream().map(Object::toString).toList());
        }
    }

    static String readableSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
