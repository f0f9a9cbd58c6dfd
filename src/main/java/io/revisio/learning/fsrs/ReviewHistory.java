package io.revisio.learning.fsrs;

import java.util.List;

/** The reviews of one card in time order; the first review's elapsed days are not used. */
public record ReviewHistory(List<Review> reviews) {

    /** @param elapsedDays whole days since the previous review of the same card */
    public record Review(int elapsedDays, Rating rating) {

        public Review {
            if (elapsedDays < 0) {
                throw new IllegalArgumentException("elapsed days cannot be negative");
            }
        }
    }

    public ReviewHistory {
        reviews = List.copyOf(reviews);
    }
}
