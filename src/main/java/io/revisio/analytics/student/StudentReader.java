package io.revisio.analytics.student;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The student rollups' reads: one student's sums by theme, concept and day, peers' time, a year's cohort. */
@Repository
class StudentReader {

    private final JdbcClient jdbc;

    StudentReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Answers, right answers and time of some answers. */
    record Tally(long answers, long correct, long timeSpentMs) {

        static final Tally NONE = new Tally(0, 0, 0);

        Tally plus(Tally other) {
            return new Tally(answers + other.answers, correct + other.correct, timeSpentMs + other.timeSpentMs);
        }

        Double accuracy() {
            return answers == 0 ? null : correct / (double) answers;
        }

        Long msPerQuestion() {
            return answers == 0 ? null : Math.round(timeSpentMs / (double) answers);
        }
    }

    /** The student's sums per theme, over every day. */
    Map<UUID, Tally> themes(UUID student) {
        Map<UUID, Tally> themes = new HashMap<>();
        jdbc.sql("""
                        SELECT theme_id, sum(answers) AS answers, sum(correct) AS correct, sum(time_spent_ms) AS ms
                        FROM analytics.student_theme_day WHERE student_id = :student GROUP BY theme_id
                        """)
                .param("student", student)
                .query((row, n) -> themes.put(row.getObject("theme_id", UUID.class), tally(row))).list();
        return themes;
    }

    /** The student's sums per theme over the days from {@code from} on. */
    Map<UUID, Tally> themesSince(UUID student, LocalDate from) {
        Map<UUID, Tally> themes = new HashMap<>();
        jdbc.sql("""
                        SELECT theme_id, sum(answers) AS answers, sum(correct) AS correct, sum(time_spent_ms) AS ms
                        FROM analytics.student_theme_day WHERE student_id = :student AND day >= :from GROUP BY theme_id
                        """)
                .param("student", student).param("from", Date.valueOf(from))
                .query((row, n) -> themes.put(row.getObject("theme_id", UUID.class), tally(row))).list();
        return themes;
    }

    /** The student's sums per concept. */
    Map<UUID, Tally> concepts(UUID student) {
        Map<UUID, Tally> concepts = new HashMap<>();
        jdbc.sql("SELECT concept_id, answers, correct, time_spent_ms AS ms FROM analytics.student_concept "
                        + "WHERE student_id = :student")
                .param("student", student)
                .query((row, n) -> concepts.put(row.getObject("concept_id", UUID.class), tally(row))).list();
        return concepts;
    }

    /** The student's sums per day from {@code from} to {@code to}, both included; days without answers left out. */
    Map<LocalDate, Tally> days(UUID student, LocalDate from, LocalDate to) {
        Map<LocalDate, Tally> days = new HashMap<>();
        jdbc.sql("""
                        SELECT day, sum(answers) AS answers, sum(correct) AS correct, sum(time_spent_ms) AS ms
                        FROM analytics.student_theme_day WHERE student_id = :student AND day BETWEEN :from AND :to
                        GROUP BY day
                        """)
                .param("student", student).param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .query((row, n) -> days.put(row.getDate("day").toLocalDate(), tally(row))).list();
        return days;
    }

    /** The days the student answered on, up to {@code to}, newest first. */
    List<LocalDate> activeDays(UUID student, LocalDate to) {
        return jdbc.sql("SELECT DISTINCT day FROM analytics.student_theme_day WHERE student_id = :student "
                        + "AND day <= :to ORDER BY day DESC")
                .param("student", student).param("to", Date.valueOf(to))
                .query((row, n) -> row.getDate("day").toLocalDate()).list();
    }

    /** Everyone's answers and time per theme, the student included. */
    Map<UUID, Tally> everyonesTime(Collection<UUID> themes) {
        Map<UUID, Tally> times = new HashMap<>();
        if (themes.isEmpty()) {
            return times;
        }
        jdbc.sql("SELECT theme_id, answers, time_spent_ms FROM analytics.theme_time WHERE theme_id = ANY (:themes)")
                .param("themes", themes.toArray(UUID[]::new))
                .query((row, n) -> times.put(row.getObject("theme_id", UUID.class),
                        new Tally(row.getLong("answers"), 0, row.getLong("time_spent_ms"))))
                .list();
        return times;
    }

    /**
     * Every student's right answers and answers on these themes from {@code from} to {@code to} (both
     * included), for students with at least {@code minAnswers} answers there.
     */
    Map<UUID, PercentileRank.Score> cohort(Collection<UUID> themes, LocalDate from, LocalDate to, int minAnswers) {
        Map<UUID, PercentileRank.Score> cohort = new HashMap<>();
        if (themes.isEmpty()) {
            return cohort;
        }
        jdbc.sql("""
                        SELECT student_id, sum(answers) AS answers, sum(correct) AS correct
                        FROM analytics.student_theme_day
                        WHERE day BETWEEN :from AND :to AND theme_id = ANY (:themes)
                        GROUP BY student_id HAVING sum(answers) >= :min
                        """)
                .param("themes", themes.toArray(UUID[]::new)).param("from", Date.valueOf(from))
                .param("to", Date.valueOf(to)).param("min", minAnswers)
                .query((row, n) -> cohort.put(row.getObject("student_id", UUID.class),
                        new PercentileRank.Score(row.getLong("correct"), row.getLong("answers"))))
                .list();
        return cohort;
    }

    private static Tally tally(java.sql.ResultSet row) throws java.sql.SQLException {
        return new Tally(row.getLong("answers"), row.getLong("correct"), row.getLong("ms"));
    }
}
