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
 * How the builder picks a test's questions. Plain rules, no I/O:
 * <ul>
 * <li>each picked node gets a share of the test in proportion to what it offers, and inside a node each of
 * its parts (a theme, or the questions of a picked concept) likewise (largest remainders both times);</li>
 * <li>inside a part, the questions the student has seen least come first, ties in a random order;</li>
 * <li>a question under two picked concepts counts for the first, so no question is picked twice;</li>
 * <li>every random choice comes from one seed, so the same seed over the same pool gives the same test.</li>
 * </ul>
 * The random order inside a part is the questions' fixed shuffle keys read from a start the seed chooses for
 * that part. The pool can then hand over just the first questions of that order instead of all of them: the
 * best {@code n} of a part are always among the student's met questions and the first {@code n} unmet ones.
 */
final class QuestionSelection {

    private QuestionSelection() {
    }

    /** A question on offer, in how many of the student's sessions it has been, and its shuffle key. */
    record Candidate(UUID questionId, int seen, int shuffleKey) {
    }

    /** A part of a picked node and how many questions it offers. */
    record Part(UUID id, long available) {
    }

    /** A picked node and its parts. */
    record Group(UUID nodeId, List<Part> parts) {

        long available() {
            return parts.stream().mapToLong(Part::available).sum();
        }
    }

    /** One question of the test with the node it was picked for. */
    record Pick(UUID questionId, UUID nodeId) {
    }

    /** @param available how many distinct questions the picked nodes offered */
    record Selection(List<Pick> picks, int available) {
    }

    /**
     * How many questions each part of each group gives: {@code quotas[g][p]}. The total is the count asked
     * for, or everything on offer when that is less.
     */
    static int[][] quotas(List<Group> groups, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("a test has at least one question");
        }
        long[] sizes = groups.stream().mapToLong(Group::available).toArray();
        int[] perGroup = split(sizes, (int) Math.min(count, sum(sizes)));
        int[][] quotas = new int[groups.size()][];
        for (int g = 0; g < groups.size(); g++) {
            quotas[g] = split(groups.get(g).parts().stream().mapToLong(Part::available).toArray(), perGroup[g]);
        }
        return quotas;
    }

    /** The part's first {@code quota} questions: least seen first, then in the part's random order. */
    static List<Candidate> best(List<Candidate> offered, int quota, long seed, UUID partId) {
        int start = start(seed, partId);
        List<Candidate> ordered = new ArrayList<>(offered);
        ordered.sort(Comparator.comparingInt(Candidate::seen)
                .thenComparingLong(candidate -> Integer.toUnsignedLong(candidate.shuffleKey() - start))
                .thenComparing(candidate -> candidate.questionId().toString())); // the database's uuid order
        return List.copyOf(ordered.subList(0, Math.min(quota, ordered.size())));
    }

    /**
     * Where a part's random order starts: the order is the shuffle keys from here upwards, wrapping round.
     * Each part gets its own start, so two parts are not read at the same place.
     */
    static int start(long seed, UUID partId) {
        return new SplittableRandom(seed ^ partId.getMostSignificantBits() ^ Long.rotateLeft(
                partId.getLeastSignificantBits(), 17)).nextInt();
    }

    /** The test's order: the picks shuffled by the seed. */
    static List<Pick> shuffled(List<Pick> picks, long seed) {
        List<Pick> order = new ArrayList<>(picks);
        Collections.shuffle(order, new Random(seed));
        return List.copyOf(order);
    }

    /** Each list's candidates less those an earlier list already holds. */
    static List<List<Candidate>> distinct(List<List<Candidate>> lists) {
        Set<UUID> taken = new HashSet<>();
        List<List<Candidate>> distinct = new ArrayList<>();
        for (List<Candidate> list : lists) {
            distinct.add(list.stream().filter(candidate -> taken.add(candidate.questionId())).toList());
        }
        return distinct;
    }

    /** The order a question's options are shown in: {@code order[shown]} is the stored index. */
    static int[] optionOrder(int options, long seed, UUID questionId) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < options; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed ^ questionId.getMostSignificantBits()
                ^ questionId.getLeastSignificantBits()));
        return order.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Splits {@code total} in proportion to the sizes; leftover places go to the largest remainders. */
    static int[] split(long[] sizes, int total) {
        long size = sum(sizes);
        int[] quotas = new int[sizes.length];
        if (size == 0 || total == 0) {
            return quotas;
        }
        double[] remainders = new double[sizes.length];
        int given = 0;
        for (int g = 0; g < sizes.length; g++) {
            double exact = (double) total * sizes[g] / size;
            quotas[g] = (int) Math.floor(exact);
            remainders[g] = exact - quotas[g];
            given += quotas[g];
        }
        List<Integer> order = new ArrayList<>();
        for (int g = 0; g < sizes.length; g++) {
            order.add(g);
        }
        order.sort(Comparator.comparingDouble((Integer g) -> -remainders[g]).thenComparingInt(g -> g));
        for (int i = 0; given < total; i++) {
            int g = order.get(i % order.size());
            if (quotas[g] < sizes[g]) {
                quotas[g]++;
                given++;
            }
        }
        return quotas;
    }

    private static long sum(long[] sizes) {
        long sum = 0;
        for (long size : sizes) {
            sum += size;
        }
        return sum;
    }
}
