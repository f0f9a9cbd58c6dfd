package io.revisio.learning.fsrs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class HeldOutFitTest {

    static final Instant START = Instant.parse("2026-01-05T08:00:00Z");
    static final int[] DAYS = {0, 1, 3, 7, 14, 28, 56};

    /** Cards begun on different days, each reviewed on days 0, 1, 3, 7, 14, 28 and 56 after its start. */
    static List<List<HeldOutFit.TimedReview>> log(int cards, Predicate<Instant> forgotten) {
        List<List<HeldOutFit.TimedReview>> log = new ArrayList<>();
        for (int card = 0; card < cards; card++) {
            Instant begun = START.plus(Duration.ofDays(card % 20)).plus(Duration.ofMinutes(card));
            List<HeldOutFit.TimedReview> reviews = new ArrayList<>();
            for (int day : DAYS) {
                Instant at = begun.plus(Duration.ofDays(day));
                reviews.add(new HeldOutFit.TimedReview(at, forgotten.test(at) ? Rating.AGAIN : Rating.GOOD));
            }
            log.add(reviews);
        }
        return log;
    }

    /** The moment from which the newest {@code share} of the log's reviews lie. */
    static Instant newest(List<List<HeldOutFit.TimedReview>> log, double share) {
        List<Instant> times = log.stream().flatMap(List::stream).map(HeldOutFit.TimedReview::at)
                .sorted(Comparator.naturalOrder()).toList();
        return times.get(times.size() - (int) Math.ceil(times.size() * share));
    }

    @Test
    void onlyAStrictlyLowerHeldOutLossWins() {
        assertThat(HeldOutFit.better(0.35, 0.33)).isTrue();
        assertThat(HeldOutFit.better(0.33, 0.35)).isFalse();
        assertThat(HeldOutFit.better(0.33, 0.33)).as("a tie keeps the current weights").isFalse();
        assertThat(HeldOutFit.better(Double.NaN, 0.3)).isFalse();
        assertThat(HeldOutFit.better(0.3, Double.NaN)).isFalse();
    }

    /** A student who recalls everything: new weights that expect more recall predict the newest reviews better. */
    @Test
    void aFitThatPredictsTheNewestReviewsBetterIsAccepted() {
        List<List<HeldOutFit.TimedReview>> log = log(60, at -> false);

        HeldOutFit.Outcome outcome = new HeldOutFit(new WeightFitter(60, 0.05), 0.2)
                .trial(log, FsrsWeights.DEFAULT).orElseThrow();

        assertThat(outcome.trainingReviews() + outcome.heldOutReviews()).isEqualTo(60 * DAYS.length);
        assertThat(outcome.heldOutReviews()).isEqualTo(84); // a fifth of 420
        assertThat(outcome.heldOutPredictions()).isEqualTo(84); // none is a card's first review here
        assertThat(outcome.currentLogLoss()).isEqualTo(
                LogLoss.scoredFrom(FsrsWeights.DEFAULT, histories(log), firstHeldOut(log, newest(log, 0.2))).value());
        assertThat(outcome.fittedLogLoss()).isLessThan(outcome.currentLogLoss());
        assertThat(outcome.accepted()).isTrue();
        assertThat(outcome.fitted()).isNotEqualTo(FsrsWeights.DEFAULT);
    }

    /**
     * A student who changed: everything recalled until the newest fifth of the reviews, everything forgotten
     * since. Weights fitted on the older part expect even more recall than the defaults, so they do worse on
     * the newest reviews and the current weights stay.
     */
    @Test
    void aFitThatPredictsTheNewestReviewsWorseIsRejected() {
        Instant change = newest(log(60, at -> false), 0.2);
        List<List<HeldOutFit.TimedReview>> log = log(60, at -> !at.isBefore(change));

        HeldOutFit.Outcome outcome = new HeldOutFit(new WeightFitter(60, 0.05), 0.2)
                .trial(log, FsrsWeights.DEFAULT).orElseThrow();

        assertThat(outcome.heldOutReviews()).isEqualTo(84);
        assertThat(outcome.fittedLogLoss()).isGreaterThan(outcome.currentLogLoss());
        assertThat(outcome.accepted()).isFalse();
    }

    @Test
    void aLogWithNothingToPredictGivesNoTrial() {
        List<List<HeldOutFit.TimedReview>> firstReviewsOnly = List.of(
                List.of(new HeldOutFit.TimedReview(START, Rating.GOOD)),
                List.of(new HeldOutFit.TimedReview(START.plusSeconds(60), Rating.AGAIN)));
        assertThat(new HeldOutFit(new WeightFitter(10, 0.05), 0.2).trial(firstReviewsOnly, FsrsWeights.DEFAULT))
                .isEmpty();
    }

    @Test
    void theHeldOutShareIsAProperShare() {
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> new HeldOutFit(new WeightFitter(), 1.0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<ReviewHistory> histories(List<List<HeldOutFit.TimedReview>> log) {
        return log.stream().map(card -> {
            List<ReviewHistory.Review> reviews = new ArrayList<>();
            for (int i = 0; i < card.size(); i++) {
                int days = i == 0 ? 0 : (int) Duration.between(card.get(i - 1).at(), card.get(i).at()).toDays();
                reviews.add(new ReviewHistory.Review(days, card.get(i).rating()));
            }
            return new ReviewHistory(reviews);
        }).toList();
    }

    private static List<Integer> firstHeldOut(List<List<HeldOutFit.TimedReview>> log, Instant from) {
        return log.stream().map(card -> (int) card.stream().filter(review -> review.at().isBefore(from)).count())
                .toList();
    }
}
