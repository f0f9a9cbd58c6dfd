package io.revisio.analytics.student;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The student rollups' writes, one statement per table and session. Every sum only grows by whole numbers, so
 * the same sessions give the same rows in any order; rows are written in key order so that two sessions never
 * wait on each other in a circle.
 */
@Repository
class StudentLedger {

    private final JdbcClient jdbc;

    StudentLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
        rows.sort(Map.Entry.comparingByKey(Comparator.comparing(ThemeDay::day).thenComparing(ThemeDay::themeId)));
        jdbc.sql("""
                        INSERT INTO analytics.student_theme_day AS d (student_id, day, theme_id, answers, correct,
                                                                      time_spent_ms)
                        SELECT :student, r.day, r.theme, r.answers, r.correct, r.ms
                        FROM unnest(CAST(:days AS date[]), CAST(:themes AS uuid[]), CAST(:answers AS integer[]),
                                    CAST(:correct AS integer[]), CAST(:times AS bigint[]))
                            AS r(day, theme, answers, correct, ms)
                        ON CONFLICT (student_id, day, theme_id) DO UPDATE SET answers = d.answers + excluded.answers,
                            correct = d.correct + excluded.correct,
                            time_spent_ms = d.time_spent_ms + excluded.time_spent_ms
                        """)
                .param("student", student)
                .param("days", rows.stream().map(row -> row.getKey().day().toString()).toArray(String[]::new))
                .param("themes", rows.stream().map(row -> row.getKey().themeId()).toArray(UUID[]::new))
                .param("answers", answers(rows)).param("correct", correct(rows)).param("times", times(rows))
                .update();
    }

    void addConcepts(UUID student, Map<Concept, Sums> sums) {
        List<Map.Entry<Concept, Sums>> rows = new ArrayList<>(sums.entrySet());
        rows.sort(Map.Entry.comparingByKey(Comparator.comparing(Concept::conceptId)));
        // One row per concept: a concept met under two themes adds both sums and keeps the theme written last.
        Map<UUID, Map.Entry<Concept, Sums>> byConcept = new LinkedHashMap<>();
        rows.forEach(row -> byConcept.merge(row.getKey().conceptId(), row, (before, after) -> Map.entry(after.getKey(),
                new Sums(before.getValue().answers() + after.getValue().answers(),
                        before.getValue().correct() + after.getValue().correct(),
                        before.getValue().timeSpentMs() + after.getValue().timeSpentMs()))));
        List<Map.Entry<Concept, Sums>> merged = new ArrayList<>(byConcept.values());
        if (merged.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO analytics.student_concept AS c (student_id, concept_id, theme_id, answers, correct,
                                                                    time_spent_ms)
                        SELECT :student, r.concept, r.theme, r.answers, r.correct, r.ms
                        FROM unnest(CAST(:concepts AS uuid[]), CAST(:themes AS uuid[]), CAST(:answers AS integer[]),
                                    CAST(:correct AS integer[]), CAST(:times AS bigint[]))
                            AS r(concept, theme, answers, correct, ms)
                        ON CONFLICT (student_id, concept_id) DO UPDATE SET theme_id = excluded.theme_id,
                            answers = c.answers + excluded.answers, correct = c.correct + excluded.correct,
                            time_spent_ms = c.time_spent_ms + excluded.time_spent_ms
                        """)
                .param("student", student)
                .param("concepts", merged.stream().map(row -> row.getKey().conceptId()).toArray(UUID[]::new))
                .param("themes", merged.stream().map(row -> row.getKey().themeId()).toArray(UUID[]::new))
                .param("answers", answers(merged)).param("correct", correct(merged)).param("times", times(merged))
                .update();
    }

    void addThemeTimes(Map<UUID, Sums> sums) {
        List<Map.Entry<UUID, Sums>> rows = new ArrayList<>(sums.entrySet());
        rows.sort(Map.Entry.comparingByKey());
        jdbc.sql("""
                        INSERT INTO analytics.theme_time AS t (theme_id, answers, time_spent_ms)
                        SELECT r.theme, r.answers, r.ms
                        FROM unnest(CAST(:themes AS uuid[]), CAST(:answers AS integer[]), CAST(:times AS bigint[]))
                            AS r(theme, answers, ms)
                        ON CONFLICT (theme_id) DO UPDATE SET answers = t.answers + excluded.answers,
                            time_spent_ms = t.time_spent_ms + excluded.time_spent_ms
                        """)
                .param("themes", rows.stream().map(Map.Entry::getKey).toArray(UUID[]::new))
                .param("answers", answers(rows)).param("times", times(rows))
                .update();
    }

    private static Integer[] answers(List<? extends Map.Entry<?, Sums>> rows) {
        return rows.stream().map(row -> row.getValue().answers()).toArray(Integer[]::new);
    }

    private static Integer[] correct(List<? extends Map.Entry<?, Sums>> rows) {
        return rows.stream().map(row -> row.getValue().correct()).toArray(Integer[]::new);
    }

    private static Long[] times(List<? extends Map.Entry<?, Sums>> rows) {
        return rows.stream().map(row -> row.getValue().timeSpentMs()).toArray(Long[]::new);
    }

    /** How many students and answers the rollups hold. */
    long[] size() {
        return jdbc.sql("SELECT count(DISTINCT student_id) AS students, coalesce(sum(answers), 0) AS answers "
                        + "FROM analytics.student_theme_day")
                .query((row, n) -> new long[] {row.getLong("students"), row.getLong("answers")}).single();
    }
}
