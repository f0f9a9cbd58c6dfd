package io.revisio.learning.revision;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.learning.fsrs.Rating;
import org.junit.jupiter.api.Test;

class PracticeRatingTest {

    @Test
    void wrongIsAgainWhateverTheTime() {
        assertThat(PracticeRating.of(false, 5_000, 0).rating()).isEqualTo(Rating.AGAIN);
        assertThat(PracticeRating.of(false, 200_000, 3)).isEqualTo(new PracticeRating.Graded(Rating.AGAIN, "wrong"));
    }

    @Test
    void rightAfterAChangeOrSlowlyIsHard() {
        assertThat(PracticeRating.of(true, 10_000, 1))
                .isEqualTo(new PracticeRating.Graded(Rating.HARD, "right after changing the answer 1 time(s)"));
        assertThat(PracticeRating.of(true, 95_000, 0))
                .isEqualTo(new PracticeRating.Graded(Rating.HARD, "right but slow: 95 s > 90 s"));
        assertThat(PracticeRating.of(true, 90_000, 0).rating()).as("90 s exactly is not slow").isEqualTo(Rating.GOOD);
    }

    @Test
    void rightAndFastIsEasyOtherwiseGood() {
        assertThat(PracticeRating.of(true, 12_400, 0))
                .isEqualTo(new PracticeRating.Graded(Rating.EASY, "right and fast: 12 s < 20 s"));
        assertThat(PracticeRating.of(true, 20_000, 0))
                .isEqualTo(new PracticeRating.Graded(Rating.GOOD, "right in 20 s"));
        assertThat(PracticeRating.of(true, 45_000, 0).rating()).isEqualTo(Rating.GOOD);
    }
}
