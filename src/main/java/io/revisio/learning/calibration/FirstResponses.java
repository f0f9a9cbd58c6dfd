package io.revisio.learning.calibration;

import io.revisio.learning.irt.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The answers a run calibrates on, read from the attempt log in one statement (no transaction held open):
 * <ul>
 * <li>per student and question only the first attempt in log order, since a question seen again has been
 * seen with its feedback and is no longer an independent response;</li>
 * <li>at most {@code maxResponses} of them, as whole students in the order of a hash of their id, so that
 * a bounded run samples the same students every time rather than the oldest or the newest;</li>
 * <li>then only questions with at least {@code minItemAnswers} of those answers and students with at least
 * {@code minStudentAnswers} answers to such questions, the two rules applied in turn until neither drops
 * anything (dropping a student can leave a question short, and the other way round).</li>
 * </ul>
 */
@Component
class FirstResponses {

    /** Fewest questions and students a calibration is attempted with. */
    static final int MIN_ITEMS = 3;
    static final int MIN_STUDENTS = 10;

    private final JdbcClient jdbc;

    FirstResponses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The responses to calibrate on; {@link UnusableData} when too few questions or students remain. */
    List<Response> select(CalibrationSettings settings) {
        List<Response> read = read(settings.maxResponses());
        List<Response> kept = filter(read, settings.minItemAnswers(), settings.minStudentAnswers());
        long items = kept.stream().map(Response::item).distinct().count();
        long students = kept.stream().map(Response::student).distinct().count();
        if (items < MIN_ITEMS || students < MIN_STUDENTS) {
            throw new UnusableData(("Too little data: %d questions with at least %d first answers from %d students "
                    + "with at least %d answers to them (a calibration needs %d questions and %d students); the log "
                    + "held %d first answers to %d questions.").formatted(items, settings.minItemAnswers(), students,
                    settings.minStudentAnswers(), MIN_ITEMS, MIN_STUDENTS, read.size(),
                    read.stream().map(Response::item).distinct().count()));
        }
        return kept;
    }

    private List<Response> read(int maxResponses) {
        Map<String, String> names = new HashMap<>(); // one String per id, not one per row
        return jdbc.sql("""
                WITH first AS (
                    SELECT DISTINCT ON (student_id, question_id) student_id, question_id, correct
                    FROM learning.attempt
                    ORDER BY student_id, question_id, seq
                ), counted AS (
                    SELECT student_id, question_id, correct,
                           count(*) OVER (ORDER BY md5(student_id::text), student_id) AS running
                    FROM first
                )
                SELECT student_id, question_id, correct FROM counted WHERE running <= :max
                ORDER BY md5(student_id::text), student_id, question_id
                """)
                .param("max", maxResponses)
                .query((rs, n) -> new Response(names.computeIfAbsent(rs.getString(1), key -> key),
                        names.computeIfAbsent(rs.getString(2), key -> key), rs.getBoolean(3)))
                .list();
    }

    static List<Response> filter(List<Response> responses, int minItemAnswers, int minStudentAnswers) {
        List<Response> kept = responses;
        while (true) {
            Map<String, Integer> perItem = new HashMap<>();
            kept.forEach(r -> perItem.merge(r.item(), 1, Integer::sum));
            List<Response> items = kept.stream().filter(r -> perItem.get(r.item()) >= minItemAnswers).toList();
            Map<String, Integer> perStudent = new HashMap<>();
            items.forEach(r -> perStudent.merge(r.student(), 1, Integer::sum));
            List<Response> students = items.stream().filter(r -> perStudent.get(r.student()) >= minStudentAnswers)
                    .toList();
            if (students.size() == kept.size()) {
                return new ArrayList<>(students);
            }
            kept = students;
        }
    }

    /** The log holds too little to calibrate with these settings; the run fails with this message. */
    static final class UnusableData extends RuntimeException {

        UnusableData(String message) {
            super(message);
        }
    }
}
