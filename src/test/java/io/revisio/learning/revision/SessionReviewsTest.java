package io.revisio.learning.revision;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.practice.PracticeSessionFinished;
import io.revisio.practice.PracticeSessionFinished.AnswerChange;
import io.revisio.practice.PracticeSessionFinished.QuestionOutcome;
import io.revisio.testing.IntegrationTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A whole session's reviews are taken in at once: the times stored are those a single timestamp parameter
 * would store, a redelivered session changes nothing, and cards of a late session are replayed in order.
 */
@IntegrationTest
class SessionReviewsTest {

    /** Nanoseconds around the driver's rounding to microseconds, including the carry into the next second. */
    static final int[] NANOS = {0, 499, 500, 123_456_499, 123_456_500, 999_999_499, 999_999_500, 999_999_999};

    @Autowired
    RevisionCards cards;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSessionsReviewsAndCardsAreStoredAsOneAtATimeWouldStoreThem() {
        UUID student = UUID.randomUUID();
        Instant start = Instant.parse("2026-04-06T09:00:00Z");
        List<UUID> questions = new ArrayList<>();
        List<QuestionOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            UUID question = UUID.randomUUID();
            questions.add(question);
            Instant at = start.plusSeconds(40L * i).plusNanos(NANOS[i % NANOS.length]);
            boolean unanswered = i % 13 == 5;
            outcomes.add(outcome(question, at, i % 3 != 0, 5_000L + 4_000L * i, unanswered));
        }
        PracticeSessionFinished session = new PracticeSessionFinished(UUID.randomUUID(), student, "TUTOR",
                "SUBMITTED", start.plusSeconds(1_700), 0, 40, outcomes);

        cards.record(session);

        for (QuestionOutcome outcome : outcomes) {
            List<Map<String, Object>> reviews = jdbc.sql("SELECT reviewed_at, reviewed_at = :single AS same "
                            + "FROM learning.revision_review WHERE question_id = :q")
                    .param("q", outcome.questionId())
                    .param("single", Timestamp.from(outcome.history().isEmpty() ? session.finishedAt()
                            : outcome.history().get(0).answeredAt()))
                    .query().listOfRows();
            if (outcome.chosenOption() == null) {
                assertThat(reviews).as("no review of an unanswered question").isEmpty();
                continue;
            }
            assertThat(reviews).hasSize(1);
            assertThat(reviews.get(0).get("same")).as(outcome.history().get(0).answeredAt().toString())
                    .isEqualTo(true);
        }
        List<Map<String, Object>> before = cardRows(student);
        assertThat(before).hasSize(37);
        assertThat(jdbc.sql("SELECT count(*) FROM learning.revision_card c JOIN learning.revision_review r "
                        + "ON r.student_id = c.student_id AND r.question_id = c.question_id "
                        + "WHERE c.student_id = :s AND c.last_review = r.reviewed_at")
                .param("s", student).query(Long.class).single()).as("each card's last review is its review")
                .isEqualTo(37);

        cards.record(session);
        assertThat(cardRows(student)).as("redelivered: nothing changes").isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM learning.revision_review WHERE student_id = :s")
                .param("s", student).query(Long.class).single()).isEqualTo(37);

        // A session from the week before, taken in late: its cards are replayed from all their reviews.
        List<QuestionOutcome> earlier = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            earlier.add(outcome(questions.get(i * 2), start.minus(7, ChronoUnit.DAYS).plusSeconds(30L * i)
                    .plusNanos(NANOS[i % NANOS.length]), i % 2 == 0, 30_000, false));
        }
        earlier.add(outcome(UUID.randomUUID(), start.minus(7, ChronoUnit.DAYS), true, 30_000, false));
        cards.record(new PracticeSessionFinished(UUID.randomUUID(), student, "TUTOR", "SUBMITTED",
                start.minus(6, ChronoUnit.DAYS), 0, earlier.size(), earlier));
        List<Map<String, Object>> late = cardRows(student);
        assertThat(late).as("one new question, and one left unanswered in the later session").hasSize(39);
        assertThat(late).isNotEqualTo(before);

        cards.rebuild();
        assertThat(cardRows(student)).as("the same cards, recomputed from their reviews").isEqualTo(late);
    }

    private static QuestionOutcome outcome(UUID question, Instant at, boolean correct, long timeMs,
            boolean unanswered) {
        if (unanswered) {
            return new QuestionOutcome(question, UUID.randomUUID(), UUID.randomUUID(), null, 0, false, 0, List.of());
        }
        return new QuestionOutcome(question, UUID.randomUUID(), UUID.randomUUID(), correct ? 0 : 1, 0, correct,
                timeMs, List.of(new AnswerChange(UUID.randomUUID(), correct ? 0 : 1, correct, at)));
    }

    private List<Map<String, Object>> cardRows(UUID student) {
        return jdbc.sql("SELECT question_id, phase, step, stability, difficulty, due, last_review, reps, lapses, "
                        + "suspended FROM learning.revision_card WHERE student_id = :s ORDER BY question_id")
                .param("s", student).query().listOfRows();
    }
}
