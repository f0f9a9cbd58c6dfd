package io.revisio.practice.session;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Why the adaptive mix chose a question, with the measures behind the choice and the same in words.
 *
 * @param due              DUE_REVIEW: when the revision card fell due
 * @param retrievability   DUE_REVIEW: the chance of recalling it now, as the revision scheduler estimates it
 * @param mastery          WEAK_AREA: the probability the theme is known
 * @param attempts         WEAK_AREA: the answers that mastery rests on
 * @param predictedSuccess the chance of a correct answer the student's ability on the theme predicts
 */
record ChoiceReason(AdaptiveMix.Kind kind, Instant due, Double retrievability, Double mastery, Integer attempts,
        double predictedSuccess, String explanation) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    static ChoiceReason of(AdaptiveMix.Kind kind, Instant due, Double retrievability, Double mastery,
            Integer attempts, double predictedSuccess) {
        String words = switch (kind) {
            case DUE_REVIEW -> "your revision card for it is due (due date " + DAY.format(due)
                    + "), with a " + percent(retrievability) + " chance of recalling it now.";
            case WEAK_AREA -> "it is from a weak area: your mastery of its theme is " + percent(mastery) + " over "
                    + attempts + " attempts. Predicted success " + percent(predictedSuccess) + ".";
            case NEAR_ABILITY -> "it is near your ability: predicted success " + percent(predictedSuccess)
                    + ", close to the " + percent(AdaptiveMix.TARGET) + " aimed at.";
        };
        return new ChoiceReason(kind, due, retrievability, mastery, attempts, predictedSuccess, words);
    }

    private static String percent(double share) {
        return Math.round(share * 100) + " %";
    }
}
