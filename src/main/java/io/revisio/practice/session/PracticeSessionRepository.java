package io.revisio.practice.session;

import io.revisio.practice.PracticeSessionFinished.AnswerChange;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Practice sessions, their pinned questions and their answers in the {@code practice} schema. */
@Repository
class PracticeSessionRepository {

    private final JdbcClient jdbc;

    PracticeSessionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A session's own row, as the views show it. */
    record Header(UUID id, UUID studentId, PracticeMode mode, PracticeSessionState state, long seed, int asked,
            Instant createdAt, Instant deadline, Instant finishedAt, Integer correctCount) {
    }

    /** One stored answer: the idempotency record of its client-generated id. */
    record StoredAnswer(UUID id, UUID sessionId, UUID questionId, int chosenIndex, int shownPosition, boolean correct) {
    }

    void insert(Header header, String requestJson, Instant now) {
        jdbc.sql("""
                        INSERT INTO practice.practice_session (id, student_id, mode, state, request, seed, asked,
                                                               created_at, deadline, last_activity_at)
                        VALUES (:id, :student, :mode, 'IN_PROGRESS', CAST(:request AS jsonb), :seed, :asked, :now,
                                :deadline, :now)
                        """)
                .param("id", header.id()).param("student", header.studentId()).param("mode", header.mode().name())
                .param("request", requestJson).param("seed", header.seed()).param("asked", header.asked())
                .param("now", Timestamp.from(now)).param("deadline", timestamp(header.deadline())).update();
    }

    /** A new session's questions, in one statement. */
    void insertItems(UUID sessionId, List<PracticeSessionItem> items) {
        jdbc.sql("""
                        INSERT INTO practice.session_question (session_id, position, question_id, version_id, theme_id,
                                                               block_id, option_order, correct_index)
                        SELECT :session, i.position, i.question, i.version, i.theme, i.block, CAST(i.option_order AS integer[]),
                               i.correct
                        FROM unnest(CAST(:positions AS integer[]), CAST(:questions AS uuid[]), CAST(:versions AS uuid[]),
                                    CAST(:themes AS uuid[]), CAST(:blocks AS uuid[]), CAST(:orders AS text[]),
                                    CAST(:corrects AS integer[]))
                            AS i(position, question, version, theme, block, option_order, correct)
                        """)
                .param("session", sessionId)
                .param("positions", items.stream().map(PracticeSessionItem::position).toArray(Integer[]::new))
                .param("questions", items.stream().map(PracticeSessionItem::questionId).toArray(UUID[]::new))
                .param("versions", items.stream().map(PracticeSessionItem::versionId).toArray(UUID[]::new))
                .param("themes", items.stream().map(PracticeSessionItem::themeId).toArray(UUID[]::new))
                .param("blocks", items.stream().map(PracticeSessionItem::blockId).toArray(UUID[]::new))
                .param("orders", items.stream().map(item -> Arrays.stream(item.optionOrder()).mapToObj(String::valueOf)
                        .collect(Collectors.joining(",", "{", "}"))).toArray(String[]::new))
                .param("corrects", items.stream().map(PracticeSessionItem::correctIndex).toArray(Integer[]::new))
                .update();
    }

    Optional<Header> header(UUID id, UUID student) {
        return jdbc.sql("SELECT * FROM practice.practice_session WHERE id = :id AND student_id = :student")
                .param("id", id).param("student", student).query(PracticeSessionRepository::header).optional();
    }

    /** The student's latest sessions, newest first, with how many questions each has and how many are answered. */
    List<Listed> recent(UUID student, int limit) {
        return jdbc.sql("""
                        SELECT s.*, (SELECT count(*) FROM practice.session_question q WHERE q.session_id = s.id) AS items,
                               (SELECT count(*) FROM practice.session_question q
                                 WHERE q.session_id = s.id AND q.chosen_index IS NOT NULL) AS answered
                        FROM practice.practice_session s WHERE s.student_id = :student
                        ORDER BY s.created_at DESC LIMIT :limit
                        """)
                .param("student", student).param("limit", limit)
                .query((row, n) -> new Listed(header(row, n), row.getInt("items"), row.getInt("answered"))).list();
    }

    record Listed(Header header, int count, int answered) {
    }

    /** The session with its questions, locked until the transaction ends: one change at a time. */
    Optional<PracticeSession> lock(UUID id, UUID student) {
        return jdbc.sql("SELECT * FROM practice.practice_session WHERE id = :id AND student_id = :student FOR UPDATE")
                .param("id", id).param("student", student)
                .query((row, n) -> session(row)).optional();
    }

    /** The student's session locked, holding only the given question (none when it is not in the session). */
    Optional<PracticeSession> lockFor(UUID id, UUID student, UUID questionId) {
        return jdbc.sql("SELECT * FROM practice.practice_session WHERE id = :id AND student_id = :student FOR UPDATE")
                .param("id", id).param("student", student)
                .query((row, n) -> session(row, item(id, questionId).stream().toList(), false)).optional();
    }

    /** Timed sessions past their deadline, locked; those another instance holds are skipped, not waited for. */
    List<PracticeSession> lockDue(Instant now, int limit) {
        return jdbc.sql("""
                        SELECT * FROM practice.practice_session
                        WHERE state = 'IN_PROGRESS' AND deadline IS NOT NULL AND deadline <= :now
                        ORDER BY deadline LIMIT :limit FOR UPDATE SKIP LOCKED
                        """)
                .param("now", Timestamp.from(now)).param("limit", limit)
                .query((row, n) -> session(row)).list();
    }

    Optional<PracticeSessionItem> item(UUID sessionId, UUID questionId) {
        return jdbc.sql("SELECT * FROM practice.session_question WHERE session_id = :id AND question_id = :question")
                .param("id", sessionId).param("question", questionId).query(PracticeSessionRepository::item).optional();
    }

    List<PracticeSessionItem> items(UUID sessionId) {
        return jdbc.sql("SELECT * FROM practice.session_question WHERE session_id = :id ORDER BY position")
                .param("id", sessionId).query(PracticeSessionRepository::item).list();
    }

    Optional<StoredAnswer> answer(UUID answerId) {
        return jdbc.sql("SELECT * FROM practice.answer WHERE id = :id").param("id", answerId)
                .query((row, n) -> new StoredAnswer(row.getObject("id", UUID.class),
                        row.getObject("session_id", UUID.class), row.getObject("question_id", UUID.class),
                        row.getInt("chosen_index"), row.getInt("shown_position"), row.getBoolean("correct")))
                .optional();
    }

    void recordAnswer(UUID answerId, UUID sessionId, PracticeSession.AnswerOutcome outcome, int shown, Instant now) {
        jdbc.sql("""
                        INSERT INTO practice.answer (id, session_id, question_id, chosen_index, shown_position, correct,
                                                     answered_at, time_spent_ms)
                        VALUES (:id, :session, :question, :chosen, :shown, :correct, :now, :time)
                        """)
                .param("id", answerId).param("session", sessionId).param("question", outcome.item().questionId())
                .param("chosen", outcome.chosenIndex()).param("shown", shown).param("correct", outcome.correct())
                .param("now", Timestamp.from(now)).param("time", outcome.timeSpentMs()).update();
        jdbc.sql("""
                        UPDATE practice.session_question
                        SET chosen_index = :chosen, answer_id = :id, time_spent_ms = time_spent_ms + :time
                        WHERE session_id = :session AND question_id = :question
                        """)
                .param("id", answerId).param("session", sessionId).param("question", outcome.item().questionId())
                .param("chosen", outcome.chosenIndex()).param("time", outcome.timeSpentMs()).update();
        jdbc.sql("UPDATE practice.practice_session SET last_activity_at = :now WHERE id = :id")
                .param("id", sessionId).param("now", Timestamp.from(now)).update();
    }

    void mark(UUID sessionId, UUID questionId, Boolean flagged, List<Integer> struckOut) {
        jdbc.sql("""
                        UPDATE practice.session_question
                        SET flagged = coalesce(:flagged, flagged), struck_out = coalesce(:struck, struck_out)
                        WHERE session_id = :session AND question_id = :question
                        """)
                .param("session", sessionId).param("question", questionId).param("flagged", flagged)
                .param("struck", struckOut == null ? null : struckOut.stream().distinct().sorted()
                        .toArray(Integer[]::new))
                .update();
    }

    /** Writes a pause or a resume as the session decided it. */
    void pauseOrResume(PracticeSession session) {
        jdbc.sql("""
                        UPDATE practice.practice_session
                        SET state = :state, paused_at = :paused, last_activity_at = :activity
                        WHERE id = :id
                        """)
                .param("id", session.id()).param("state", session.state().name())
                .param("paused", timestamp(session.pausedAt()))
                .param("activity", Timestamp.from(session.lastActivityAt())).update();
    }

    void finish(UUID sessionId, PracticeSessionState state, Instant at, int correct) {
        jdbc.sql("""
                        UPDATE practice.practice_session
                        SET state = :state, finished_at = :at, correct_count = :correct, paused_at = NULL
                        WHERE id = :id AND state IN ('IN_PROGRESS', 'PAUSED')
                        """)
                .param("id", sessionId).param("state", state.name()).param("at", Timestamp.from(at))
                .param("correct", correct).update();
    }

    /** Every answer of the session, oldest first, by question. */
    Map<UUID, List<AnswerChange>> history(UUID sessionId) {
        Map<UUID, List<AnswerChange>> history = new HashMap<>();
        jdbc.sql("SELECT * FROM practice.answer WHERE session_id = :id ORDER BY answered_at, id")
                .param("id", sessionId)
                .query((row, n) -> history.computeIfAbsent(row.getObject("question_id", UUID.class),
                        q -> new java.util.ArrayList<>()).add(new AnswerChange(row.getObject("id", UUID.class),
                        row.getInt("chosen_index"), row.getBoolean("correct"),
                        row.getTimestamp("answered_at").toInstant())))
                .list();
        return history;
    }

    // What the student has done with each question, for the builder's pools and its least-seen rule.

    void seen(UUID student, List<UUID> questions) {
        jdbc.sql("""
                        INSERT INTO practice.student_question (student_id, question_id, seen_count)
                        SELECT :student, question, 1 FROM unnest(CAST(:questions AS uuid[])) AS question
                        ON CONFLICT (student_id, question_id) DO UPDATE
                            SET seen_count = practice.student_question.seen_count + 1
                        """)
                .param("student", student).param("questions", questions.toArray(UUID[]::new)).update();
    }

    void answered(UUID student, UUID question, boolean correct) {
        jdbc.sql("""
                        INSERT INTO practice.student_question (student_id, question_id, answered, last_correct)
                        VALUES (:student, :question, true, :correct)
                        ON CONFLICT (student_id, question_id) DO UPDATE SET answered = true, last_correct = :correct
                        """)
                .param("student", student).param("question", question).param("correct", correct).update();
    }

    void flagged(UUID student, UUID question, boolean flagged) {
        jdbc.sql("""
                        INSERT INTO practice.student_question (student_id, question_id, flagged)
                        VALUES (:student, :question, :flagged)
                        ON CONFLICT (student_id, question_id) DO UPDATE SET flagged = :flagged
                        """)
                .param("student", student).param("question", question).param("flagged", flagged).update();
    }

    private PracticeSession session(ResultSet row) throws SQLException {
        return session(row, items(row.getObject("id", UUID.class)), true);
    }

    private static PracticeSession session(ResultSet row, List<PracticeSessionItem> items, boolean whole)
            throws SQLException {
        return new PracticeSession(row.getObject("id", UUID.class), row.getObject("student_id", UUID.class),
                PracticeMode.valueOf(row.getString("mode")), PracticeSessionState.valueOf(row.getString("state")),
                instant(row.getTimestamp("deadline")), row.getTimestamp("last_activity_at").toInstant(),
                instant(row.getTimestamp("paused_at")), items, whole);
    }

    private static Header header(ResultSet row, int n) throws SQLException {
        return new Header(row.getObject("id", UUID.class), row.getObject("student_id", UUID.class),
                PracticeMode.valueOf(row.getString("mode")), PracticeSessionState.valueOf(row.getString("state")),
                row.getLong("seed"), row.getInt("asked"), row.getTimestamp("created_at").toInstant(),
                instant(row.getTimestamp("deadline")), instant(row.getTimestamp("finished_at")),
                row.getObject("correct_count", Integer.class));
    }

    private static PracticeSessionItem item(ResultSet row, int n) throws SQLException {
        return new PracticeSessionItem(row.getInt("position"), row.getObject("question_id", UUID.class),
                row.getObject("version_id", UUID.class), row.getObject("theme_id", UUID.class),
                row.getObject("block_id", UUID.class), ints(row.getArray("option_order")), row.getInt("correct_index"),
                row.getObject("chosen_index", Integer.class), row.getObject("answer_id", UUID.class),
                row.getBoolean("flagged"), Arrays.stream(ints(row.getArray("struck_out"))).boxed().toList(),
                row.getLong("time_spent_ms"));
    }

    private static int[] ints(Array array) throws SQLException {
        return Arrays.stream((Integer[]) array.getArray()).mapToInt(Integer::intValue).toArray();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
