package io.revisio.content.media;

import io.revisio.platform.AuditEvent;
import io.revisio.platform.AuditLog;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes an editor's upload into the library: checks its size and real type, stores the file under its
 * hash, and records it with an audit row. The same bytes uploaded again are the same image.
 */
@Component
class MediaLibrary {

    private final MediaRepository media;
    private final MediaFiles files;
    private final ImageSniffer sniffer;
    private final AuditLog audit;
    private final Clock clock;
    private final long maxBytes;

    MediaLibrary(MediaRepository media, MediaFiles files, ImageSniffer sniffer, AuditLog audit, Clock clock,
            MediaProperties properties) {
        this.media = media;
        this.files = files;
        this.sniffer = sniffer;
        this.audit = audit;
        this.clock = clock;
        this.maxBytes = properties.maxSize().toBytes();
    }

    /** @param created false when the library already had these bytes */
    record Upload(MediaItem item, boolean created) {
    }

    long maxBytes() {
        return maxBytes;
    }

    /**
     * The file is written before the row, so a row always has its file; a crash in between leaves only an
     * unlisted file, which the next upload of the same bytes reuses.
     */
    @Transactional
    Upload upload(UUID actor, String filename, byte[] bytes) {
        if (bytes.length > maxBytes) {
            throw MediaProblems.tooLarge(maxBytes);
        }
        ImageType type = sniffer.typeOf(bytes);
        String sha256 = MediaFiles.sha256(bytes);
        files.store(sha256, bytes);
        boolean created = media.insert(sha256, type, bytes.length, ImageSniffer.dimensionsOf(type, bytes),
                cleanName(filename), actor, clock.instant());
        if (created) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("mediaType", type.mediaType());
            details.put("sizeBytes", bytes.length);
            if (filename != null) {
                details.put("filename", cleanName(filename));
            }
            audit.record(new AuditEvent("content", "media.uploaded", actor, "media", sha256, details));
        }
        return new Upload(media.find(sha256).orElseThrow(), created);
    }

    /** The name as the editor knows it, without any folder a browser sent along, at most 255 characters. */
    static String cleanName(String filename) {
        if (filename == null) {
            return null;
        }
        String name = filename.substring(Math.max(filename.lastIndexOf('/'), filename.lastIndexOf('\\')) + 1)
                .replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            return null;
        }
        return name.length() > 255 ? name.substring(0, 255) : name;
    }
}
