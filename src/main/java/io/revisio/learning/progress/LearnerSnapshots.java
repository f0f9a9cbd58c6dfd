package io.revisio.learning.progress;

import io.revisio.learning.LearnerSnapshot;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A student's mastery and revision adherence for other modules, read from learning's own tables. */
@Component
class LearnerSnapshots implements LearnerSnapshot {

    private final JdbcClient jdbc;

    LearnerSnapshots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SkillMastery> mastery(UUID student) {
        return jdbc.sql("SELECT skill_kind, skill_id, known, attempts FROM learning.mastery WHERE student_id = :student")
                .param("student", student)
                .query((row, n) -> new SkillMastery("CONCEPT".equals(row.getString("skill_kind")),
                        row.getObject("skill_id", UUID.class), row.getDouble("known"), row.getInt("attempts")))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public RevisionAdherence revisionAdherence(UUID student, Instant from, Instant to) {
        // A revision is a review of a card that already had one: a first review is the first answer, not revision.
        long done = jdbc.sql("""
                        SELECT count(*) FROM learning.revision_review r
                        WHERE r.student_id = :student AND r.reviewed_at >= :from AND r.reviewed_at < :to
                          AND EXISTS (SELECT 1 FROM learning.revision_review p WHERE p.student_id = r.student_id
                                      AND p.question_id = r.question_id AND p.reviewed_at < r.reviewed_at)
                        """)
                .param("student", student).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query(Long.class).single();
        Instant today = to.atZone(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS).toInstant();
        long missed = jdbc.sql("""
                        SELECT count(*) FROM learning.revision_card
                        WHERE student_id = :student AND NOT suspended AND due >= :from AND due < :today
                        """)
                .param("student", student).param("from", Timestamp.from(from))
                .param("today", Timestamp.from(today.isBefore(from) ? from : today))
                .query(Long.class).single();
        return new RevisionAdherence(done, missed);
    }
}
