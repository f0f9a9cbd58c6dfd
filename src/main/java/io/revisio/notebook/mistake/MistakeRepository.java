package io.revisio.notebook.mistake;

import io.revisio.notebook.mistake.MistakeClassification.Classification;
import io.revisio.practice.PracticeSessionFinished;
import io.revisio.practice.PracticeSessionFinished.QuestionOutcome;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The mistakes notebook's tables: handled sessions, answer times and the mistakes themselves. */
@Repository
class MistakeRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    MistakeRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** One mistake as the student sees it. {@code status} is open or resolved. */
    record Mistake(UUID id, UUID questionId, UUID versionId, UUID sessionId, UUID themeId, UUID blockId,
            Integer chosenOption, int correctOption, String type, Map<String, Object> measured, String explanation,
            Instant madeAt, String status, Instant resolvedAt, UUID resolvedBySession) {
    }

    /** The list's filters; a null member does not filter. */
    record Filter(UUID block, UUID theme, MistakeClassification.Rule type, Boolean open) {
    }

    /** Notes the session as handled; false when it already was (a redelivered event). */
    boolean handle(UUID session, UUID student, Instant finishedAt) {
        return jdbc.sql("INSERT INTO notebook.handled_session (session_id, student_id, finished_at) "
                        + "VALUES (:session, :student, :at) ON CONFLICT DO NOTHING")
                .param("session", session).param("student", student).param("at", Timestamp.from(finishedAt))
                .update() == 1;
    }

    /** The student's times on answers in sessions finished before this one. */
    List<Long> previousTimes(UUID student, UUID session, Instant before) {
        return jdbc.sql("SELECT time_spent_ms FROM notebook.answer_time WHERE student_id = :student "
                        + "AND session_id <> :session AND finished_at < :before")
                .param("student", student).param("session", session).param("before", Timestamp.from(before))
                .query(Long.class).list();
    }

    /** The times of the session's answered questions, in one statement. */
    void answerTimes(PracticeSessionFinished event, List<QuestionOutcome> answered) {
        jdbc.sql("""
                        INSERT INTO notebook.answer_time (session_id, question_id, student_id, finished_at,
                                                         time_spent_ms, correct)
                        SELECT :session, a.question, :student, :at, a.ms, a.correct
                        FROM unnest(CAST(:questions AS uuid[]), CAST(:ms AS bigint[]), CAST(:corrects AS boolean[]))
                            AS a(question, ms, correct)
                        ON CONFLICT DO NOTHING
                        """)
                .param("session", event.sessionId()).param("student", event.studentId())
                .param("at", Timestamp.from(event.finishedAt()))
                .param("questions", answered.stream().map(QuestionOutcome::questionId).toArray(UUID[]::new))
                .param("ms", answered.stream().map(QuestionOutcome::timeSpentMs).toArray(Long[]::new))
                .param("corrects", answered.stream().map(QuestionOutcome::correct).toArray(Boolean[]::new))
                .update();
    }

    /** A wrong or unanswered question of the session, classified, filed under its theme's block. */
    record NewMistake(QuestionOutcome question, UUID block, Classification classification) {
    }

    /**
     * Adds the session's mistakes in one statement, each resolved at once when a right answer from a later
     * session was taken in before it (events of two sessions may be handled out of order).
     */
    void insert(PracticeSessionFinished event, List<NewMistake> mistakes) {
        jdbc.sql("""
                        INSERT INTO notebook.mistake (id, student_id, session_id, question_id, version_id, theme_id,
                            block_id, chosen_option, correct_option, rule, measured, explanation, made_at,
                            resolved_at, resolved_by)
                        SELECT m.id, :student, :session, m.question, m.version, m.theme, m.block, m.chosen, m.correct,
                            m.rule, CAST(m.measured AS jsonb), m.explanation, :at, later.finished_at, later.session_id
                        FROM unnest(CAST(:ids AS uuid[]), CAST(:questions AS uuid[]), CAST(:versions AS uuid[]),
                                    CAST(:themes AS uuid[]), CAST(:blocks AS uuid[]), CAST(:chosen AS integer[]),
                                    CAST(:corrects AS integer[]), CAST(:rules AS text[]), CAST(:measured AS text[]),
                                    CAST(:explanations AS text[]))
                            AS m(id, question, version, theme, block, chosen, correct, rule, measured, explanation)
                        LEFT JOIN LATERAL (SELECT a.finished_at, a.session_id FROM notebook.answer_time a
                                           WHERE a.student_id = :student AND a.question_id = m.question
                                             AND a.correct AND a.finished_at > :at
                                           ORDER BY a.finished_at LIMIT 1) later ON true
                        ON CONFLICT (session_id, question_id) DO NOTHING
                        """)
                .param("student", event.studentId()).param("session", event.sessionId())
                .param("at", Timestamp.from(event.finishedAt()))
                .param("ids", mistakes.stream().map(mistake -> UUID.randomUUID()).toArray(UUID[]::new))
                .param("questions", mistakes.stream().map(m -> m.question().questionId()).toArray(UUID[]::new))
                .param("versions", mistakes.stream().map(m -> m.question().versionId()).toArray(UUID[]::new))
                .param("themes", mistakes.stream().map(m -> m.question().themeId()).toArray(UUID[]::new))
                .param("blocks", mistakes.stream().map(NewMistake::block).toArray(UUID[]::new))
                .param("chosen", mistakes.stream().map(m -> m.question().chosenOption()).toArray(Integer[]::new))
                .param("corrects", mistakes.stream().map(m -> m.question().correctOption()).toArray(Integer[]::new))
                .param("rules", mistakes.stream().map(m -> m.classification().rule().wireName())
                        .toArray(String[]::new))
                .param("measured", mistakes.stream().map(m -> json.writeValueAsString(m.classification().measured()))
                        .toArray(String[]::new))
                .param("explanations", mistakes.stream().map(m -> m.classification().explanation())
                        .toArray(String[]::new))
                .update();
    }

    /** Right answers resolve the student's open mistakes on their questions made before them, in one statement. */
    void resolve(UUID student, List<UUID> questions, UUID session, Instant at) {
        jdbc.sql("UPDATE notebook.mistake SET resolved_at = :at, resolved_by = :session WHERE student_id = :student "
                        + "AND question_id = ANY (CAST(:questions AS uuid[])) AND resolved_at IS NULL AND made_at < :at")
                .param("student", student).param("questions", questions.toArray(UUID[]::new))
                .param("session", session).param("at", Timestamp.from(at)).update();
    }

    List<Mistake> list(UUID student, Filter filter) {
        StringBuilder sql = new StringBuilder("SELECT * FROM notebook.mistake WHERE student_id = :student");
        JdbcClient.StatementSpec spec;
        if (filter.block() != null) {
            sql.append(" AND block_id = :block");
        }
        if (filter.theme() != null) {
            sql.append(" AND theme_id = :theme");
        }
        if (filter.type() != null) {
            sql.append(" AND rule = :rule");
        }
        if (filter.open() != null) {
            sql.append(filter.open() ? " AND resolved_at IS NULL" : " AND resolved_at IS NOT NULL");
        }
        sql.append(" ORDER BY made_at DESC, id");
        spec = jdbc.sql(sql.toString()).param("student", student);
        if (filter.block() != null) {
            spec = spec.param("block", filter.block());
        }
        if (filter.theme() != null) {
            spec = spec.param("theme", filter.theme());
        }
        if (filter.type() != null) {
            spec = spec.param("rule", filter.type().wireName());
        }
        return spec.query(this::mistake).list();
    }

    Set<UUID> openQuestions(UUID student) {
        return new LinkedHashSet<>(jdbc.sql("SELECT DISTINCT question_id FROM notebook.mistake "
                        + "WHERE student_id = :student AND resolved_at IS NULL")
                .param("student", student).query(UUID.class).list());
    }

    @SuppressWarnings("unchecked")
    private Mistake mistake(ResultSet row, int n) throws SQLException {
        Timestamp resolved = row.getTimestamp("resolved_at");
        return new Mistake(row.getObject("id", UUID.class), row.getObject("question_id", UUID.class),
                row.getObject("version_id", UUID.class), row.getObject("session_id", UUID.class),
                row.getObject("theme_id", UUID.class), row.getObject("block_id", UUID.class),
                row.getObject("chosen_option", Integer.class), row.getInt("correct_option"), row.getString("rule"),
                json.readValue(row.getString("measured"), Map.class), row.getString("explanation"),
                row.getTimestamp("made_at").toInstant(), resolved == null ? "open" : "resolved",
                resolved == null ? null : resolved.toInstant(), row.getObject("resolved_by", UUID.class));
    }
}
