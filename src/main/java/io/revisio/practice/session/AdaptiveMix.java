package io.revisio.practice.session;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * How an adaptive practice session mixes its questions. Plain rules, no I/O:
 * <ul>
 * <li>of {@code n} questions, {@code floor(3n/10)} go to due revision cards, {@code floor(3n/10)} to weak
 * areas and the rest to questions near the student's ability (n = 10: 3, 3 and 4);</li>
 * <li>due cards are taken most at risk first; slots they leave empty pass to the weak areas, and slots the
 * weak areas leave empty pass to the questions near the student's ability;</li>
 * <li>weak-area and near-ability slots take the questions whose predicted success is closest to
 * {@link #TARGET}, ties in an order the seed chooses;</li>
 * <li>no question twice; the session's order is the picks shuffled by the seed, so the same seed over the
 * same offers gives the same session.</li>
 * </ul>
 */
final class AdaptiveMix {

    /** The chance of success aimed at: hard enough to learn from, easy enough to keep going. */
    static final double TARGET = 0.70;

    private AdaptiveMix() {
    }

    enum Kind {
        DUE_REVIEW, WEAK_AREA, NEAR_ABILITY
    }

    record Quotas(int due, int weak, int near) {
    }

    /** A question on offer, its predicted success, and its fixed shuffle key (for the seed's tie order). */
    record Offered(UUID questionId, double predicted, int shuffleKey) {
    }

    record Chosen(UUID questionId, Kind kind) {
    }

    static Quotas quotas(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("a practice session has at least one question");
        }
        int due = count * 3 / 10;
        int weak = count * 3 / 10;
        return new Quotas(due, weak, count - due - weak);
    }

    /**
     * @param due  the due cards' questions on offer, most at risk first
     * @param weak questions of the weak areas on offer
     * @param near questions on offer anywhere in the chosen syllabus
     */
    static List<Chosen> mix(int count, List<UUID> due, List<Offered> weak, List<Offered> near, long seed) {
        Quotas quotas = quotas(count);
        Set<UUID> taken = new HashSet<>();
        List<Chosen> chosen = new ArrayList<>();
        for (UUID question : due) {
            if (chosen.size() == quotas.due()) {
                break;
            }
            if (taken.add(question)) {
                chosen.add(new Chosen(question, Kind.DUE_REVIEW));
            }
        }
        int weakSlots = quotas.weak() + quotas.due() - chosen.size();
        for (Offered offered : nearest(weak, taken, weakSlots, seed)) {
            taken.add(offered.questionId());
            chosen.add(new Chosen(offered.questionId(), Kind.WEAK_AREA));
        }
        for (Offered offered : nearest(near, taken, count - chosen.size(), seed)) {
            taken.add(offered.questionId());
            chosen.add(new Chosen(offered.questionId(), Kind.NEAR_ABILITY));
        }
        Collections.shuffle(chosen, new Random(seed));
        return List.copyOf(chosen);
    }

    /** The {@code slots} offers not yet taken whose predicted success is closest to the target. */
    static List<Offered> nearest(List<Offered> offers, Set<UUID> taken, int slots, long seed) {
        int start = new SplittableRandom(seed).nextInt();
        List<Offered> open = new ArrayList<>();
        Set<UUID> once = new HashSet<>();
        for (Offered offered : offers) {
            if (!taken.contains(offered.questionId()) && once.add(offered.questionId())) {
                open.add(offered);
            }
        }
        open.sort(Comparator.comparingDouble((Offered offered) -> Math.abs(offered.predicted() - TARGET))
                .thenComparingLong(offered -> Integer.toUnsignedLong(offered.shuffleKey() - start))
                .thenComparing(offered -> offered.questionId().toString()));
        return List.copyOf(open.subList(0, Math.max(0, Math.min(slots, open.size()))));
    }
}
