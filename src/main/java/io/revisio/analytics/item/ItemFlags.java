package io.revisio.analytics.item;

import java.util.ArrayList;
import java.util.List;

/**
 * Signs that a question looks broken, judged on enough answers to mean something: a negative discrimination
 * (the students who do well on the rest of their test get it wrong more often than those who do badly: often a
 * wrong key or an ambiguous stem), or a distractor chosen more often than the key on the version students get
 * now.
 */
public record ItemFlags(boolean negativeDiscrimination, boolean distractorAboveKey) {

    /** Fewer answers than this never raise a flag: below it, chance alone often produces either sign. */
    public static final int MIN_ANSWERS = 30;

    public static final String NEGATIVE_DISCRIMINATION = "negative-discrimination";
    public static final String DISTRACTOR_ABOVE_KEY = "distractor-above-key";

    /**
     * @param discrimination the point-biserial (null when undefined) from {@code pairs} answers
     * @param latest         the option counts of the highest-numbered version answered, or null
     */
    public static ItemFlags judge(Double discrimination, long pairs, OptionCounts latest) {
        boolean negative = discrimination != null && discrimination < 0 && pairs >= MIN_ANSWERS;
        return new ItemFlags(negative, latest != null && latest.answers() >= MIN_ANSWERS && latest.distractorAboveKey());
    }

    public boolean any() {
        return negativeDiscrimination || distractorAboveKey;
    }

    /** The flags raised, by their wire names. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        if (negativeDiscrimination) {
            names.add(NEGATIVE_DISCRIMINATION);
        }
        if (distractorAboveKey) {
            names.add(DISTRACTOR_ABOVE_KEY);
        }
        return names;
    }

    /** How often each option of one version was chosen; {@code chosen[i]} for the option stored at i. */
    public record OptionCounts(int key, long[] chosen) {

        public OptionCounts {
            chosen = chosen.clone();
            if (key < 0 || key >= chosen.length) {
                throw new IllegalArgumentException("the key " + key + " is not among " + chosen.length + " options");
            }
        }

        public long answers() {
            long sum = 0;
            for (long each : chosen) {
                sum += each;
            }
            return sum;
        }

        public boolean distractorAboveKey() {
            for (int option = 0; option < chosen.length; option++) {
                if (option != key && chosen[option] > chosen[key]) {
                    return true;
                }
            }
            return false;
        }
    }
}
