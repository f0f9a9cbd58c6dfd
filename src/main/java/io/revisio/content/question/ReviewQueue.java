package io.revisio.content.question;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The questions whose working version waits for a reviewer, the longest waiting first. */
@Repository
class ReviewQueue {

    static final int LIMIT = 200;

    private final JdbcClient jdbc;

    ReviewQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param submittedAt when the version went to review */
    record Waiting(UUID questionId, int number, UUID authorId, Instant submittedAt, String stem, UUID themeId) {
    }

    List<Waiting> waiting() {
        return jdbc.sql("""
                        SELECT q.id, w.number, w.author_id, w.state_changed_at, w.stem, w.theme_id
                        FROM content.question q
                        JOIN content.question_version w ON w.id = q.working_version_id
                        WHERE w.state = 'IN_REVIEW'
                        ORDER BY w.state_changed_at, q.id
                        LIMIT :limit
                        """)
                .param("limit", LIMIT)
                .query((row, n) -> new Waiting(row.getObject("id", UUID.class), row.getInt("number"),
                        row.getObject("author_id", UUID.class), row.getTimestamp("state_changed_at").toInstant(),
                        row.getString("stem"), row.getObject("theme_id", UUID.class)))
                .list();
    }
}
