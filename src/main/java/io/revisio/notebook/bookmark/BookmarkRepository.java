package io.revisio.notebook.bookmark;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The students' bookmarks ({@code notebook.bookmark}). */
@Repository
public class BookmarkRepository {

    private final JdbcClient jdbc;

    BookmarkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Bookmark(UUID questionId, String note, UUID themeId, List<UUID> conceptIds, Instant createdAt,
            Instant updatedAt) {
    }

    /** Adds the bookmark or replaces its note; true when it is new. */
    boolean put(UUID student, UUID question, String note, UUID theme, List<UUID> concepts, Instant now) {
        return Boolean.TRUE.equals(jdbc.sql("""
                        INSERT INTO notebook.bookmark (student_id, question_id, note, theme_id, concept_ids,
                                                       created_at, updated_at)
                        VALUES (:student, :question, :note, :theme, :concepts, :now, :now)
                        ON CONFLICT (student_id, question_id) DO UPDATE SET note = excluded.note,
                            updated_at = excluded.updated_at
                        RETURNING (xmax = 0) AS created
                        """)
                .param("student", student).param("question", question).param("note", note).param("theme", theme)
                .param("concepts", concepts.toArray(UUID[]::new)).param("now", Timestamp.from(now))
                .query(Boolean.class).single());
    }

    boolean delete(UUID student, UUID question) {
        return jdbc.sql("DELETE FROM notebook.bookmark WHERE student_id = :student AND question_id = :question")
                .param("student", student).param("question", question).update() == 1;
    }

    Bookmark find(UUID student, UUID question) {
        return jdbc.sql("SELECT * FROM notebook.bookmark WHERE student_id = :student AND question_id = :question")
                .param("student", student).param("question", question).query(BookmarkRepository::bookmark).single();
    }

    /** The student's bookmarks, newest first; filed under one of {@code themes}, or naming {@code concept}. */
    List<Bookmark> list(UUID student, Collection<UUID> themes, UUID concept) {
        String where = concept != null ? " AND :concept = ANY (concept_ids)"
                : themes != null ? " AND theme_id = ANY (:themes)" : "";
        JdbcClient.StatementSpec spec = jdbc.sql("SELECT * FROM notebook.bookmark WHERE student_id = :student"
                + where + " ORDER BY created_at DESC, question_id").param("student", student);
        if (concept != null) {
            spec = spec.param("concept", concept);
        } else if (themes != null) {
            spec = spec.param("themes", themes.toArray(UUID[]::new));
        }
        return spec.query(BookmarkRepository::bookmark).list();
    }

    public Set<UUID> questions(UUID student) {
        return new LinkedHashSet<>(jdbc.sql("SELECT question_id FROM notebook.bookmark WHERE student_id = :student")
                .param("student", student).query(UUID.class).list());
    }

    private static Bookmark bookmark(ResultSet row, int n) throws SQLException {
        return new Bookmark(row.getObject("question_id", UUID.class), row.getString("note"),
                row.getObject("theme_id", UUID.class),
                Arrays.stream((Object[]) row.getArray("concept_ids").getArray()).map(UUID.class::cast).toList(),
                row.getTimestamp("created_at").toInstant(), row.getTimestamp("updated_at").toInstant());
    }
}
