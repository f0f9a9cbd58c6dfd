package io.revisio.analytics.student;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The student rollups' writes. Every sum only grows by whole numbers, so the same sessions give the same rows
 * in any order; rows are written in key order so that two sessions never wait on each other in a circle.
 */
@Repository
class StudentLedger {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    StudentLedger(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Answers, right answers and time, summed over some answers. */
    record Sums(int answers, int correct, long timeSpentMs) {

        static final Sums NONE = new Sums(0, 0, 0);

        Sums plus(boolean right, long ms) {
            return new Sums(answers + 1, correct + (right ? 1 : 0), timeSpentMs + ms);
        }
    }

    record ThemeDay(UUID themeId, LocalDate day) {
    }

    record Concept(UUID conceptId, UUID themeId) {
    }

    /** Notes the session as handled; false when it already was (a redelivered event). */
    boolean handle(UUID session, UUID student, Instant finishedAt) {
        return jdbc.sql("INSERT INTO analytics.student_session (session_id, student_id, finished_at) "
                        + "VALUES (:id, :student, :at) ON CONFLICT DO NOTHING")
                .param("id", session).param("student", student).param("at", Timestamp.from(finishedAt))
                .update() == 1;
    }

    void clear() {
        jdbc.sql("TRUNCATE analytics.student_theme_day, analytics.student_concept, analytics.theme_time, "
                + "analytics.student_session").update();
    }

    void addThemeDays(UUID student, Map<ThemeDay, Sums> sums) {
        List<Map.Entry<ThemeDay, Sums>> rows = new ArrayList<>(sums.entrySet());
        rows.sort(Map.Entry.comparingByKey(java.util.Comparator.comparing(ThemeDay::day)
                .thenComparing(ThemeDay::themeId)));
        template.batchUpdate("""
                INSERT INTO analytics.student_theme_day AS d (student_id, day, theme_id, answers, correct, time_spent_ms)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (student_id, day, theme_id) DO UPDATE SET answers = d.answers + excluded.answers,
                    correct = d.correct + excluded.correct, time_spent_ms = d.time_spent_ms + excluded.time_spent_ms
                """, rows, rows.size(), (ps, row) -> {
                    ps.setObject(1, student);
                    ps.setDate(2, Date.valueOf(row.getKey().day()));
                    ps.setObject(3, row.getKey().themeId());
                    ps.setInt(4, row.getValue().answers());
                    ps.setInt(5, row.getValue().correct());
                    ps.setLong(6, row.getValue().timeSpentMs());
                });
    }

    void addConcepts(UUID student, Map<Concept, Sums> sums) {
        List<Map.Entry<Concept, Sums>> rows = new ArrayList<>(sums.entrySet());
        rows.sort(Map.Entry.comparingByKey(java.util.Comparator.comparing(Concept::conceptId)));
        template.batchUpdate("""
                INSERT INTO analytics.student_concept AS c (student_id, concept_id, theme_id, answers, correct,
                    time_spent_ms)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (student_id, concept_id) DO UPDATE SET theme_id = excluded.theme_id,
                    answers = c.answers + excluded.answers, correct = c.correct + excluded.correct,
                    time_spent_ms = c.time_spent_ms + excluded.time_spent_ms
                """, rows, rows.size(), (ps, row) -> {
                    ps.setObject(1, student);
                    ps.setObject(2, row.getKey().conceptId());
                    ps.setObject(3, row.getKey().themeId());
                    ps.setInt(4, row.getValue().answers());
                    ps.setInt(5, row.getValue().correct());
                    ps.setLong(6, row.getValue().timeSpentMs());
                });
    }

    void addThemeTimes(Map<UUID, Sums> sums) {
        List<Map.Entry<UUID, Sums>> rows = new ArrayList<>(sums.entrySet());
        rows.sort(Map.Entry.comparingByKey());
        template.batchUpdate("""
                INSERT INTO analytics.theme_time AS t (theme_id, answers, time_spent_ms) VALUES (?, ?, ?)
                ON CONFLICT (theme_id) DO UPDATE SET answers = t.answers + excluded.answers,
                    time_spent_ms = t.time_spent_ms + excluded.time_spent_ms
                """, rows, rows.size(), (ps, row) -> {
                    ps.setObject(1, row.getKey());
                    ps.setLong(2, row.getValue().answers());
                    ps.setLong(3, row.getValue().timeSpentMs());
                });
    }

    /** How many students and answers the rollups hold. */
    long[] size() {
        return jdbc.sql("SELECT count(DISTINCT student_id) AS students, coalesce(sum(answers), 0) AS answers "
                        + "FROM analytics.student_theme_day")
                .query((row, n) -> new long[] {row.getLong("students"), row.getLong("answers")}).single();
    }
}
