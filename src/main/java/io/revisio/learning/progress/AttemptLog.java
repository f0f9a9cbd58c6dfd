package io.revisio.learning.progress;

import io.revisio.learning.evaluation.Attempt;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The learner models' append-only attempt log and prediction log, in schema {@code learning}. Writers hold
 * {@link #lock()}, so the log order (seq) is the order the models learnt in.
 */
@Repository
public class AttemptLog {

    // One key for every writer of learner model state: the live update, the rebuilds and the fit job.
    private static final long LOCK = 0x4C6561726E4D6FL;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    AttemptLog(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Serialises writers of the log and of the state derived from it until the transaction ends. */
    void lock() {
        jdbc.sql("SELECT pg_advisory_xact_lock(:key)").param("key", LOCK).query((row, n) -> 1).list();
    }

    /** The log's last seq, or empty when the session is in the log already. */
    java.util.OptionalLong lastSeqUnless(UUID session) {
        return jdbc.sql("""
                        SELECT coalesce(max(seq), 0) AS last,
                               EXISTS (SELECT 1 FROM learning.attempt WHERE session_id = :session) AS handled
                        FROM learning.attempt
                        """)
                .param("session", session)
                .query((row, n) -> row.getBoolean("handled") ? java.util.OptionalLong.empty()
                        : java.util.OptionalLong.of(row.getLong("last")))
                .single();
    }

    void append(List<LoggedAttempt> attempts) {
        template.batchUpdate("""
                INSERT INTO learning.attempt (seq, session_id, question_id, version_id, student_id, theme_id,
                    concept_ids, option_count, correct, answered_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, attempts, attempts.size(), (ps, a) -> {
                    ps.setLong(1, a.seq());
                    ps.setObject(2, a.session());
                    ps.setObject(3, a.question());
                    ps.setObject(4, a.version());
                    ps.setObject(5, a.student());
                    ps.setObject(6, a.theme());
                    ps.setArray(7, uuids(ps, a.concepts()));
                    ps.setInt(8, a.options());
                    ps.setBoolean(9, a.correct());
                    ps.setTimestamp(10, Timestamp.from(a.at()));
                });
    }

    void appendPredictions(List<LearnerModels.LoggedPrediction> predictions) {
        template.batchUpdate("""
                INSERT INTO learning.prediction (attempt_seq, model, skill_kind, skill_id, predicted, correct)
                VALUES (?, ?, ?, ?, ?, ?)
                """, predictions, predictions.size(), (ps, p) -> {
                    ps.setLong(1, p.seq());
                    ps.setString(2, p.model());
                    ps.setString(3, p.skill().kind().name());
                    ps.setObject(4, p.skill().id());
                    ps.setDouble(5, p.predicted());
                    ps.setBoolean(6, p.correct());
                });
    }

    /** The whole log in the order the models learnt it, streamed. */
    void forEach(Consumer<LoggedAttempt> each) {
        jdbc.sql("SELECT * FROM learning.attempt ORDER BY seq").query(row -> {
            each.accept(attempt(row));
        });
    }

    /** Every attempt that is evidence of the skill, in log order. */
    List<LoggedAttempt> of(Skill skill) {
        String where = skill.kind() == Skill.Kind.THEME ? "theme_id = :id" : "concept_ids @> ARRAY[:id]::uuid[]";
        return jdbc.sql("SELECT * FROM learning.attempt WHERE " + where + " ORDER BY seq").param("id", skill.id())
                .query((row, n) -> attempt(row)).list();
    }

    /** Attempts per skill in the whole log. */
    List<SkillCount> skillCounts() {
        return jdbc.sql("""
                        SELECT 'THEME' AS kind, theme_id AS id, count(*) AS attempts FROM learning.attempt GROUP BY theme_id
                        UNION ALL
                        SELECT 'CONCEPT', c, count(*) FROM learning.attempt, unnest(concept_ids) AS c GROUP BY c
                        """)
                .query((row, n) -> new SkillCount(new Skill(Skill.Kind.valueOf(row.getString("kind")),
                        row.getObject("id", UUID.class)), row.getInt("attempts")))
                .list();
    }

    record SkillCount(Skill skill, int attempts) {
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM learning.attempt").query(Long.class).single();
    }

    /**
     * The log as the evaluation reads it: one attempt per answered question, its theme as the skill, in
     * the order the models learnt it.
     */
    @Transactional(readOnly = true)
    public List<Attempt> forEvaluation() {
        List<Attempt> attempts = new ArrayList<>();
        forEach(a -> attempts.add(new Attempt(a.student().toString(), a.theme().toString(), a.question().toString(),
                a.options(), a.correct(), a.at())));
        return attempts;
    }

    private static Array uuids(PreparedStatement ps, List<UUID> ids) throws SQLException {
        return ps.getConnection().createArrayOf("uuid", ids.toArray());
    }

    static LoggedAttempt attempt(ResultSet row) throws SQLException {
        Object[] concepts = (Object[]) row.getArray("concept_ids").getArray();
        return new LoggedAttempt(row.getLong("seq"), row.getObject("session_id", UUID.class),
                row.getObject("question_id", UUID.class), row.getObject("version_id", UUID.class),
                row.getObject("student_id", UUID.class), row.getObject("theme_id", UUID.class),
                Arrays.stream(concepts).map(UUID.class::cast).toList(), row.getInt("option_count"),
                row.getBoolean("correct"), row.getTimestamp("answered_at").toInstant());
    }
}
