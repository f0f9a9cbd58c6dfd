package io.revisio.learning.fsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RevisionSchedulerTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final long SEED = 42;

    private final RevisionScheduler plain = new RevisionScheduler(new MemoryModel(FsrsWeights.DEFAULT),
            SchedulerSettings.DEFAULT.withoutFuzz());
    private final RevisionScheduler fuzzed = new RevisionScheduler(new MemoryModel(FsrsWeights.DEFAULT),
            SchedulerSettings.DEFAULT);

    @Test
    void aNewCardWalksTheLearningStepsThenGraduates() {
        Card first = plain.review(Card.fresh(NOW), Rating.GOOD, NOW, SEED);
        assertThat(first.phase()).isEqualTo(CardPhase.LEARNING);
        assertThat(first.step()).isEqualTo(1);
        assertThat(first.due()).isEqualTo(NOW.plus(Duration.ofMinutes(10)));

        Card graduated = plain.review(first, Rating.GOOD, first.due(), SEED);
        assertThat(graduated.phase()).isEqualTo(CardPhase.REVIEW);
        assertThat(graduated.reps()).isEqualTo(2);
        assertThat(graduated.due()).isEqualTo(first.due().plus(Duration.ofDays(plain.interval(
                graduated.memory().stability()))));
    }

    @Test
    void hardOnTheFirstStepWaitsBetweenTheFirstTwoSteps() {
        Card hard = plain.review(Card.fresh(NOW), Rating.HARD, NOW, SEED);
        assertThat(hard.phase()).isEqualTo(CardPhase.LEARNING);
        assertThat(hard.step()).isZero();
        assertThat(hard.due()).isEqualTo(NOW.plus(Duration.ofSeconds(330)));
    }

    @Test
    void easyGraduatesAtOnceAndAgainRestartsTheSteps() {
        Card easy = plain.review(Card.fresh(NOW), Rating.EASY, NOW, SEED);
        assertThat(easy.phase()).isEqualTo(CardPhase.REVIEW);
        assertThat(easy.due()).isEqualTo(NOW.plus(Duration.ofDays(8)));

        Card learning = plain.review(Card.fresh(NOW), Rating.GOOD, NOW, SEED);
        Card again = plain.review(learning, Rating.AGAIN, NOW.plusSeconds(600), SEED);
        assertThat(again.phase()).isEqualTo(CardPhase.LEARNING);
        assertThat(again.step()).isZero();
        assertThat(again.due()).isEqualTo(NOW.plusSeconds(600).plus(Duration.ofMinutes(1)));
    }

    @Test
    void aLapseCountsAndRelearnsBeforeReturningToDays() {
        Card review = plain.review(Card.fresh(NOW), Rating.EASY, NOW, SEED);
        Card lapsed = plain.review(review, Rating.AGAIN, review.due(), SEED);
        assertThat(lapsed.phase()).isEqualTo(CardPhase.RELEARNING);
        assertThat(lapsed.lapses()).isEqualTo(1);
        assertThat(lapsed.due()).isEqualTo(review.due().plus(Duration.ofMinutes(10)));

        Card relearnt = plain.review(lapsed, Rating.GOOD, lapsed.due(), SEED);
        assertThat(relearnt.phase()).isEqualTo(CardPhase.REVIEW);
        assertThat(relearnt.lapses()).isEqualTo(1);
    }

    @Test
    void fuzzIsDeterministicPerCardAndStaysInAnkisRange() {
        Card review = Card.fresh(NOW);
        review = fuzzed.review(review, Rating.EASY, NOW, SEED);
        Instant at = review.due();
        Card once = fuzzed.review(review, Rating.GOOD, at, SEED);
        Card again = fuzzed.review(review, Rating.GOOD, at, SEED);
        assertThat(once).isEqualTo(again);

        int plainDays = plain.interval(once.memory().stability());
        long fuzzedDays = Duration.between(at, once.due()).toDays();
        double delta = 1 + 0.15 * 4.5 + 0.10 * 13 + 0.05 * (plainDays - 20);
        assertThat(plainDays).isGreaterThan(20);
        assertThat((double) fuzzedDays).isBetween(plainDays - delta - 0.5, plainDays + delta + 0.5);

        long distinctDates = java.util.stream.LongStream.range(0, 50)
                .mapToObj(seed -> fuzzed.review(fuzzed.review(Card.fresh(NOW), Rating.EASY, NOW, seed), Rating.GOOD,
                        at, seed).due())
                .distinct().count();
        assertThat(distinctDates).as("different cards spread over several days").isGreaterThan(3);
    }

    @Test
    void noFuzzBelowTwoAndAHalfDays() {
        assertThat(Fuzz.apply(2, 36_500, SEED, 1)).isEqualTo(2);
        assertThat(Fuzz.apply(1, 36_500, SEED, 1)).isEqualTo(1);
    }

    @Test
    void theMaximumIntervalCapsEverything() {
        RevisionScheduler capped = new RevisionScheduler(new MemoryModel(FsrsWeights.DEFAULT),
                new SchedulerSettings(0.7, SchedulerSettings.DEFAULT.learningSteps(),
                        SchedulerSettings.DEFAULT.relearningSteps(), 30, true));
        Card card = capped.review(Card.fresh(NOW), Rating.EASY, NOW, SEED);
        for (int i = 0; i < 5; i++) {
            card = capped.review(card, Rating.EASY, card.due(), SEED);
            assertThat(Duration.between(card.lastReview(), card.due()).toDays()).isLessThanOrEqualTo(30);
        }
    }

    @Test
    void settingsAndWeightsRefuseWhatFsrsDoesNotAllow() {
        assertThatThrownBy(() -> SchedulerSettings.DEFAULT.withRetention(0.99))
                .hasMessageContaining("0.7 to 0.97");
        double[] w = FsrsWeights.DEFAULT.toArray();
        w[20] = 0.9;
        assertThatThrownBy(() -> FsrsWeights.of(w)).hasMessageContaining("w20");
        Card reviewed = plain.review(Card.fresh(NOW), Rating.GOOD, NOW, SEED);
        assertThatThrownBy(() -> plain.review(reviewed, Rating.GOOD, NOW.minusSeconds(1), SEED))
                .hasMessageContaining("before the previous one");
    }
}
