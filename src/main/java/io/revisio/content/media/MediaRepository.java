package io.revisio.content.media;

import io.revisio.shared.paging.Page;
import io.revisio.shared.paging.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The media library's rows in the {@code content} schema, and which question versions use them. */
@Repository
class MediaRepository {

    private final JdbcClient jdbc;

    MediaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a new image; false when the same bytes are already there (then nothing changes). */
    boolean insert(String sha256, ImageType type, long size, ImageSniffer.Dimensions dimensions, String filename,
            UUID uploadedBy, Instant at) {
        return jdbc.sql("""
                        INSERT INTO content.media (sha256, media_type, size_bytes, width, height, original_filename,
                            uploaded_by, uploaded_at)
                        VALUES (:sha, :type, :size, :width, :height, :filename, :by, :at)
                        ON CONFLICT (sha256) DO NOTHING
                        """)
                .param("sha", sha256).param("type", type.mediaType()).param("size", size)
                .param("width", dimensions == null ? null : dimensions.width())
                .param("height", dimensions == null ? null : dimensions.height())
                .param("filename", filename).param("by", uploadedBy).param("at", Timestamp.from(at)).update() == 1;
    }

    Optional<MediaItem> find(String sha256) {
        return jdbc.sql("SELECT * FROM content.media WHERE sha256 = :sha").param("sha", sha256)
                .query(this::item).optional();
    }

    /** Newest first. */
    Page<MediaItem> page(PageRequest paging) {
        long total = jdbc.sql("SELECT count(*) FROM content.media").query(Long.class).single();
        List<MediaItem> items = jdbc.sql("""
                        SELECT * FROM content.media ORDER BY uploaded_at DESC, sha256 LIMIT :size OFFSET :offset
                        """)
                .param("size", paging.size()).param("offset", paging.offset()).query(this::item).list();
        return Page.of(items, paging, total);
    }

    /** Those of the hashes that are not in the library. */
    Set<String> unknown(Collection<String> sha256s) {
        if (sha256s.isEmpty()) {
            return Set.of();
        }
        Set<String> missing = new TreeSet<>(sha256s);
        missing.removeAll(jdbc.sql("SELECT sha256 FROM content.media WHERE sha256 IN (:shas) FOR SHARE")
                .param("shas", sha256s).query(String.class).list());
        return missing;
    }

    void recordUse(UUID versionId, Collection<String> sha256s) {
        for (String sha256 : sha256s) {
            jdbc.sql("INSERT INTO content.question_version_media (version_id, sha256) VALUES (:version, :sha)")
                    .param("version", versionId).param("sha", sha256).update();
        }
    }

    /**
     * Whether students may see the image: a question's published version shows it, filed under a theme that
     * is enabled along with its block and year.
     */
    boolean shownToStudents(String sha256) {
        return jdbc.sql("""
                        SELECT EXISTS (
                            SELECT 1 FROM content.question_version_media m
                            JOIN content.question q ON q.published_version_id = m.version_id
                            JOIN content.question_version v ON v.id = m.version_id AND v.state = 'PUBLISHED'
                            JOIN content.syllabus_node theme ON theme.id = v.theme_id
                            JOIN content.syllabus_node block ON block.id = theme.parent_id
                            JOIN content.syllabus_node year ON year.id = block.parent_id
                            WHERE m.sha256 = :sha AND theme.enabled AND block.enabled AND year.enabled)
                        """)
                .param("sha", sha256).query(Boolean.class).single();
    }

    private List<UUID> usedBy(String sha256) {
        return jdbc.sql("""
                        SELECT DISTINCT q.id, q.created_at FROM content.question q
                        JOIN content.question_version_media m
                          ON m.version_id IN (q.working_version_id, q.published_version_id)
                        WHERE m.sha256 = :sha ORDER BY q.created_at, q.id
                        """)
                .param("sha", sha256).query((row, n) -> row.getObject("id", UUID.class)).list();
    }

    private MediaItem item(ResultSet row, int n) throws SQLException {
        String sha256 = row.getString("sha256");
        return new MediaItem(sha256, row.getString("media_type"), row.getLong("size_bytes"),
                (Integer) row.getObject("width", Integer.class), (Integer) row.getObject("height", Integer.class),
                row.getString("original_filename"), row.getObject("uploaded_by", UUID.class),
                row.getTimestamp("uploaded_at").toInstant(), MediaItem.urlOf(sha256), MediaItem.markdownOf(sha256),
                usedBy(sha256));
    }
}
