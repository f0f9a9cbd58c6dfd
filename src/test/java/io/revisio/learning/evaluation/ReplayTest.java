package io.revisio.learning.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.revisio.learning.mastery.BktParameters;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReplayTest {

    private static final Instant T = Instant.parse("2026-01-05T08:00:00Z");

    @Test
    void predictsBeforeLearningInTimeOrder() {
        // Given out of order; in time order the answers are right, right, wrong.
        List<Attempt> attempts = Replay.inTimeOrder(List.of(attempt("a", "q1", false, 120), attempt("a", "q1", true, 0),
                attempt("b", "q2", true, 60)));

        List<Prediction> predictions = Replay.run(attempts, new RunningShare(), a -> true);

        // Baseline (right + 1) / (seen + 2): 1/2 before anything, 2/3 after one right, 3/4 after two.
        assertThat(predictions).extracting(Prediction::probability).containsExactly(0.5, 2.0 / 3, 0.75);
        assertThat(predictions).extracting(Prediction::correct).containsExactly(true, true, false);
    }

    @Test
    void knowledgeTracingKeepsOneMasteryPerStudentAndSkill() {
        List<Attempt> attempts = List.of(attempt("a", "q1", true, 0), attempt("b", "q1", true, 1), attempt("a", "q2", true, 2));

        List<Prediction> predictions = Replay.run(attempts, new BktReplay(Map.of("s", BktParameters.DEFAULT)), a -> true);

        // a and b both start at the prior (0.41); a's second attempt follows one right answer (0.684878, worked in
        // KnowledgeTracingTest).
        assertThat(predictions.get(0).probability()).isCloseTo(0.41, within(1e-12));
        assertThat(predictions.get(1).probability()).isCloseTo(0.41, within(1e-12));
        assertThat(predictions.get(2).probability()).isCloseTo(0.6848780488, within(1e-9));
    }

    @Test
    void onlyScoredAttemptsAreKeptButAllAreLearnt() {
        List<Attempt> attempts = List.of(attempt("a", "q1", true, 0), attempt("b", "q1", true, 1));

        List<Prediction> predictions = Replay.run(attempts, new RunningShare(), a -> a.student().equals("b"));

        assertThat(predictions).extracting(Prediction::probability).containsExactly(2.0 / 3);
    }

    private static Attempt attempt(String student, String item, boolean correct, int seconds) {
        return new Attempt(student, "s", item, 4, correct, T.plusSeconds(seconds));
    }
}
