package io.revisio.practice.session;

import io.revisio.practice.FinishedPracticeSessions;
import io.revisio.practice.PracticeSessionFinished;
import io.revisio.practice.PracticeSessionFinished.AnswerChange;
import io.revisio.practice.PracticeSessionFinished.QuestionOutcome;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finished practice sessions read back from practice's tables as the events they published, for modules that
 * rebuild from the attempt log. One ordered cursor over the sessions (a single sort however long the log), and
 * their questions and answers fetched a batch of sessions at a time.
 */
@Component
class FinishedSessionLog implements FinishedPracticeSessions {

    private static final int BATCH = 200;

    private final JdbcTemplate cursor;
    private final JdbcClient jdbc;

    FinishedSessionLog(DataSource dataSource, JdbcClient jdbc) {
        this.cursor = new JdbcTemplate(dataSource);
        this.cursor.setFetchSize(BATCH); // streams inside a transaction instead of loading every row
        this.jdbc = jdbc;
    }

    private record Finished(UUID id, UUID studentId, String mode, String state, Instant finishedAt, int correct) {
    }

    private record Item(UUID sessionId, UUID questionId, UUID versionId, UUID themeId, Integer chosenIndex,
            int correctIndex, long timeSpentMs) {
    }

    @Override
    @Transactional(readOnly = true)
    public void replay(Consumer<PracticeSessionFinished> each) {
        try (Stream<Finished> sessions = cursor.queryForStream("""
                SELECT id, student_id, mode, state, finished_at, correct_count FROM practice.practice_session
                WHERE state IN ('SUBMITTED', 'EXPIRED') ORDER BY finished_at, id
                """, FinishedSessionLog::finished)) {
            List<Finished> batch = new ArrayList<>(BATCH);
            sessions.forEach(session -> {
                batch.add(session);
                if (batch.size() == BATCH) {
                    publish(batch, each);
                    batch.clear();
                }
            });
            publish(batch, each);
        }
    }

    private void publish(List<Finished> batch, Consumer<PracticeSessionFinished> each) {
        if (batch.isEmpty()) {
            return;
        }
        UUID[] ids = batch.stream().map(Finished::id).toArray(UUID[]::new);
        Map<UUID, List<Item>> items = new HashMap<>();
        jdbc.sql("SELECT * FROM practice.session_question WHERE session_id = ANY (:ids) ORDER BY session_id, position")
                .param("ids", ids)
                .query((row, n) -> items.computeIfAbsent(row.getObject("session_id", UUID.class),
                        id -> new ArrayList<>()).add(item(row)))
                .list();
        Map<UUID, Map<UUID, List<AnswerChange>>> history = new HashMap<>();
        jdbc.sql("SELECT * FROM practice.answer WHERE session_id = ANY (:ids) ORDER BY session_id, answered_at, id")
                .param("ids", ids)
                .query((row, n) -> history.computeIfAbsent(row.getObject("session_id", UUID.class), id -> new HashMap<>())
                        .computeIfAbsent(row.getObject("question_id", UUID.class), id -> new ArrayList<>())
                        .add(new AnswerChange(row.getObject("id", UUID.class), row.getInt("chosen_index"),
                                row.getBoolean("correct"), row.getTimestamp("answered_at").toInstant())))
                .list();
        for (Finished session : batch) {
            List<Item> questions = items.getOrDefault(session.id(), List.of());
            Map<UUID, List<AnswerChange>> changes = history.getOrDefault(session.id(), Map.of());
            List<QuestionOutcome> outcomes = questions.stream()
                    .map(item -> new QuestionOutcome(item.questionId(), item.versionId(), item.themeId(),
                            item.chosenIndex(), item.correctIndex(),
                            item.chosenIndex() != null && item.chosenIndex() == item.correctIndex(), item.timeSpentMs(),
                            changes.getOrDefault(item.questionId(), List.of())))
                    .toList();
            each.accept(new PracticeSessionFinished(session.id(), session.studentId(), session.mode(), session.state(),
                    session.finishedAt(), session.correct(), questions.size(), outcomes));
        }
    }

    private static Finished finished(ResultSet row, int n) throws SQLException {
        return new Finished(row.getObject("id", UUID.class), row.getObject("student_id", UUID.class),
                row.getString("mode"), row.getString("state"), row.getTimestamp("finished_at").toInstant(),
                row.getInt("correct_count"));
    }

    private static Item item(ResultSet row) throws SQLException {
        return new Item(row.getObject("session_id", UUID.class), row.getObject("question_id", UUID.class),
                row.getObject("version_id", UUID.class), row.getObject("theme_id", UUID.class),
                row.getObject("chosen_index", Integer.class), row.getInt("correct_index"), row.getLong("time_spent_ms"));
    }
}
