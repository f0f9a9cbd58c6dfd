package io.revisio.practice.session;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the adaptive mix reads and keeps in the {@code practice} schema: the student's recent answers, and
 * why each question of a session was chosen.
 */
@Repository
class AdaptiveChoices {

    private final JdbcClient jdbc;

    AdaptiveChoices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The questions the student answered since then, in any practice session. */
    Set<UUID> answeredSince(UUID student, Instant since) {
        // A session that finished before then holds no answer since then.
        return Set.copyOf(jdbc.sql("""
                        SELECT DISTINCT a.question_id
                        FROM practice.answer a
                        JOIN practice.practice_session s ON s.id = a.session_id
                        WHERE s.student_id = :student AND (s.finished_at IS NULL OR s.finished_at >= :since)
                          AND a.answered_at >= :since
                        """)
                .param("student", student).param("since", Timestamp.from(since)).query(UUID.class).list());
    }

    void saveReasons(UUID sessionId, Map<UUID, ChoiceReason> reasons) {
        List<Map.Entry<UUID, ChoiceReason>> rows = List.copyOf(reasons.entrySet());
        jdbc.sql("""
                        UPDATE practice.session_question q
                        SET reason = jsonb_strip_nulls(jsonb_build_object('kind', r.kind, 'due', r.due,
                            'retrievability', r.retrievability, 'mastery', r.mastery, 'attempts', r.attempts,
                            'predictedSuccess', r.predicted))
                        FROM unnest(CAST(:questions AS uuid[]), CAST(:kinds AS text[]), CAST(:dues AS timestamptz[]),
                                    CAST(:retrievabilities AS float8[]), CAST(:masteries AS float8[]),
                                    CAST(:attempts AS integer[]), CAST(:predicted AS float8[]))
                            AS r(question, kind, due, retrievability, mastery, attempts, predicted)
                        WHERE q.session_id = :session AND q.question_id = r.question
                        """)
                .param("session", sessionId)
                .param("questions", rows.stream().map(Map.Entry::getKey).toArray(UUID[]::new))
                .param("kinds", rows.stream().map(row -> row.getValue().kind().name()).toArray(String[]::new))
                .param("dues", rows.stream().map(row -> row.getValue().due() == null ? null
                        : row.getValue().due().toString()).toArray(String[]::new))
                .param("retrievabilities", rows.stream().map(row -> row.getValue().retrievability())
                        .toArray(Double[]::new))
                .param("masteries", rows.stream().map(row -> row.getValue().mastery()).toArray(Double[]::new))
                .param("attempts", rows.stream().map(row -> row.getValue().attempts()).toArray(Integer[]::new))
                .param("predicted", rows.stream().map(row -> row.getValue().predictedSuccess()).toArray(Double[]::new))
                .update();
    }

    /** Why each question of the session was chosen; empty for a session the adaptive mix did not build. */
    Map<UUID, ChoiceReason> reasons(UUID sessionId) {
        Map<UUID, ChoiceReason> reasons = new HashMap<>();
        jdbc.sql("""
                        SELECT question_id, reason ->> 'kind' AS kind, CAST(reason ->> 'due' AS timestamptz) AS due,
                               CAST(reason ->> 'retrievability' AS float8) AS retrievability,
                               CAST(reason ->> 'mastery' AS float8) AS mastery,
                               CAST(reason ->> 'attempts' AS integer) AS attempts,
                               CAST(reason ->> 'predictedSuccess' AS float8) AS predicted
                        FROM practice.session_question WHERE session_id = :session AND reason IS NOT NULL
                        """)
                .param("session", sessionId)
                .query((row, n) -> reasons.put(row.getObject("question_id", UUID.class), ChoiceReason.of(
                        AdaptiveMix.Kind.valueOf(row.getString("kind")),
                        row.getTimestamp("due") == null ? null : row.getTimestamp("due").toInstant(),
                        row.getObject("retrievability", Double.class), row.getObject("mastery", Double.class),
                        row.getObject("attempts", Integer.class), row.getDouble("predicted"))))
                .list();
        return reasons;
    }
}
