package io.revisio.learning.fsrs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Properties that must hold for any weights within the bounds and any review history, checked on many draws. */
class MemoryModelPropertiesTest {

    private static final int DRAWS = 2_000;
    private final SplittableRandom random = new SplittableRandom(20_261_126);

    @Test
    void stabilityStaysPositiveAndDifficultyInRange() {
        for (int draw = 0; draw < DRAWS; draw++) {
            MemoryModel model = new MemoryModel(randomWeights());
            MemoryState memory = model.first(randomRating());
            for (int review = 0; review < 30; review++) {
                memory = model.next(memory, random.nextInt(0, 400), randomRating());
                assertThat(memory.stability()).isPositive().isFinite();
                assertThat(memory.difficulty()).isBetween(1.0, 10.0);
            }
        }
    }

    @Test
    void aHigherRetentionNeverGivesALongerInterval() {
        for (int draw = 0; draw < DRAWS; draw++) {
            MemoryModel model = new MemoryModel(randomWeights());
            double stability = Math.exp(random.nextDouble(Math.log(0.01), Math.log(5_000)));
            double lower = random.nextDouble(SchedulerSettings.MIN_RETENTION, SchedulerSettings.MAX_RETENTION);
            double higher = random.nextDouble(lower, SchedulerSettings.MAX_RETENTION);
            assertThat(model.interval(stability, higher, 36_500))
                    .as("S=%s, retention %s vs %s", stability, higher, lower)
                    .isLessThanOrEqualTo(model.interval(stability, lower, 36_500));
        }
    }

    @Test
    void intervalsAreOrderedAgainHardGoodEasy() {
        Instant start = Instant.parse("2026-01-01T08:00:00Z");
        for (int draw = 0; draw < DRAWS; draw++) {
            SchedulerSettings settings = SchedulerSettings.DEFAULT
                    .withRetention(random.nextDouble(SchedulerSettings.MIN_RETENTION, SchedulerSettings.MAX_RETENTION));
            RevisionScheduler scheduler = new RevisionScheduler(new MemoryModel(randomWeights()), settings);
            long seed = random.nextLong();
            Card card = Card.fresh(start);
            Instant now = start;
            for (int review = 0; review < 6 || card.phase() != CardPhase.REVIEW; review++) {
                card = scheduler.review(card, Rating.EASY, now, seed);
                now = card.due().plus(Duration.ofDays(random.nextInt(0, 20)));
            }
            Map<Rating, Card> outcomes = scheduler.preview(card, now, seed);
            assertThat(outcomes.get(Rating.AGAIN).due()).isBeforeOrEqualTo(outcomes.get(Rating.HARD).due());
            assertThat(outcomes.get(Rating.HARD).due()).isBefore(outcomes.get(Rating.GOOD).due());
            assertThat(outcomes.get(Rating.GOOD).due()).isBefore(outcomes.get(Rating.EASY).due());
        }
    }

    private Rating randomRating() {
        return Rating.ofGrade(random.nextInt(1, 5));
    }

    private FsrsWeights randomWeights() {
        double[] w = new double[FsrsWeights.COUNT];
        for (int i = 0; i < w.length; i++) {
            w[i] = random.nextDouble(FsrsWeights.lower(i), Math.nextUp(FsrsWeights.upper(i)));
            w[i] = Math.min(w[i], FsrsWeights.upper(i));
        }
        return FsrsWeights.of(w);
    }
}
