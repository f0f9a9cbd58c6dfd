package io.revisio.practice.session;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * How the builder picks a test's questions. Plain rules, no I/O:
 * <ul>
 * <li>each picked node gets a share of the test in proportion to what it offers (largest remainders);</li>
 * <li>inside a node, the questions the student has seen least come first, ties broken at random;</li>
 * <li>a question under two picked nodes counts for the first, so no question is picked twice;</li>
 * <li>every random choice comes from one seed, so the same seed over the same pool gives the same test.</li>
 * </ul>
 */
final class QuestionSelection {

    private QuestionSelection() {
    }

    /** A question on offer and in how many of the student's sessions it has already been. */
    record Candidate(UUID questionId, int seen) {
    }

    /** A picked node and the questions under it. */
    record Group(UUID nodeId, List<Candidate> candidates) {
    }

    /** One question of the test, in test order, with the node it was picked for. */
    record Pick(UUID questionId, UUID nodeId) {
    }

    /** @param available how many distinct questions the picked nodes offered */
    record Selection(List<Pick> picks, int available) {
    }

    static Selection select(List<Group> groups, int count, long seed) {
        if (count < 1) {
            throw new IllegalArgumentException("a test has at least one question");
        }
        Random random = new Random(seed);
        List<List<Candidate>> distinct = distinct(groups);
        int available = distinct.stream().mapToInt(List::size).sum();
        int[] quotas = quotas(distinct, Math.min(count, available));
        List<Pick> picks = new ArrayList<>();
        for (int g = 0; g < distinct.size(); g++) {
            List<Candidate> offered = new ArrayList<>(distinct.get(g));
            offered.sort(Comparator.comparing(Candidate::questionId));
            Collections.shuffle(offered, random);
            offered.sort(Comparator.comparingInt(Candidate::seen)); // stable: ties keep their random order
            UUID node = groups.get(g).nodeId();
            offered.subList(0, quotas[g]).forEach(candidate -> picks.add(new Pick(candidate.questionId(), node)));
        }
        Collections.shuffle(picks, random);
        return new Selection(List.copyOf(picks), available);
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

    /** Each group's candidates, less those an earlier group already holds. */
    private static List<List<Candidate>> distinct(List<Group> groups) {
        Set<UUID> taken = new HashSet<>();
        List<List<Candidate>> distinct = new ArrayList<>();
        for (Group group : groups) {
            List<Candidate> own = new ArrayList<>();
            for (Candidate candidate : group.candidates()) {
                if (taken.add(candidate.questionId())) {
                    own.add(candidate);
                }
            }
            distinct.add(own);
        }
        return distinct;
    }

    /** Splits {@code total} in proportion to the groups' sizes; leftover places go to the largest remainders. */
    static int[] quotas(List<? extends List<?>> groups, int total) {
        int size = groups.stream().mapToInt(List::size).sum();
        int[] quotas = new int[groups.size()];
        if (size == 0) {
            return quotas;
        }
        double[] remainders = new double[groups.size()];
        int given = 0;
        for (int g = 0; g < groups.size(); g++) {
            double exact = (double) total * groups.get(g).size() / size;
            quotas[g] = (int) Math.floor(exact);
            remainders[g] = exact - quotas[g];
            given += quotas[g];
        }
        List<Integer> order = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            order.add(g);
        }
        order.sort(Comparator.comparingDouble((Integer g) -> -remainders[g]).thenComparingInt(g -> g));
        for (int i = 0; given < total; i++) {
            int g = order.get(i % order.size());
            if (quotas[g] < groups.get(g).size()) {
                quotas[g]++;
                given++;
            }
        }
        return quotas;
    }
}
