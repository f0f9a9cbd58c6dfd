package io.revisio.practice.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.practice.session.QuestionSelection.Candidate;
import io.revisio.practice.session.QuestionSelection.Group;
import io.revisio.practice.session.QuestionSelection.Part;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The builder's selection rules, on their own. */
class QuestionSelectionTest {

    @Test
    void eachNodeGetsItsShareInProportionToWhatItOffersAndInsideItEachPart() {
        Group big = new Group(UUID.randomUUID(), List.of(part(20), part(10)));
        Group small = new Group(UUID.randomUUID(), List.of(part(10)));
        int[][] quotas = QuestionSelection.quotas(List.of(big, small), 20);
        assertThat(quotas[0]).containsExactly(10, 5);
        assertThat(quotas[1]).containsExactly(5);
    }

    @Test
    void leftoverPlacesGoToTheLargestRemaindersAndTheTotalIsExact() {
        assertThat(QuestionSelection.split(new long[] {3, 3, 3}, 7)).containsExactly(3, 2, 2);
        assertThat(QuestionSelection.split(new long[] {1, 9}, 5)).containsExactly(1, 4);
        assertThat(Arrays.stream(QuestionSelection.split(new long[] {1, 2}, 3)).sum()).isEqualTo(3);
        assertThat(QuestionSelection.split(new long[] {0, 0}, 0)).containsExactly(0, 0);
    }

    @Test
    void fewerOnOfferThanAskedGivesEverythingOnOffer() {
        int[][] quotas = QuestionSelection.quotas(List.of(new Group(UUID.randomUUID(), List.of(part(2), part(1))),
                new Group(UUID.randomUUID(), List.of(part(0)))), 200);
        assertThat(quotas[0]).containsExactly(2, 1);
        assertThat(quotas[1]).containsExactly(0);
    }

    @Test
    void questionsSeenLeastComeFirst() {
        List<Candidate> candidates = new ArrayList<>();
        Random keys = new Random(3);
        IntStream.range(0, 10).forEach(i -> candidates.add(new Candidate(UUID.randomUUID(), i < 4 ? 0 : 2, keys.nextInt())));
        candidates.add(new Candidate(UUID.randomUUID(), 1, keys.nextInt()));
        UUID part = UUID.randomUUID();
        for (long seed = 0; seed < 20; seed++) {
            assertThat(QuestionSelection.best(candidates, 5, seed, part).stream().map(Candidate::seen))
                    .containsExactly(0, 0, 0, 0, 1);
        }
    }

    @Test
    void theSameSeedGivesTheSameQuestionsWhateverOrderTheyArriveInAndAnotherSeedUsuallyOthers() {
        List<Candidate> candidates = candidates(50, 0);
        UUID part = UUID.randomUUID();
        List<Candidate> once = QuestionSelection.best(candidates, 10, 42, part);
        List<Candidate> reversed = new ArrayList<>(candidates);
        Collections.reverse(reversed);
        assertThat(QuestionSelection.best(reversed, 10, 42, part)).isEqualTo(once);
        // A start falls between two of the 50 shuffle keys, so two seeds (or parts) share a selection now and
        // then; over a hundred of them there are many different selections.
        Set<List<Candidate>> bySeed = LongStream.range(0, 100)
                .mapToObj(seed -> QuestionSelection.best(candidates, 10, seed, part)).collect(Collectors.toSet());
        assertThat(bySeed).as("another seed usually picks other questions").hasSizeGreaterThan(25);
        Set<List<Candidate>> byPart = IntStream.range(0, 100)
                .mapToObj(i -> QuestionSelection.best(candidates, 10, 42, new UUID(7, i))).collect(Collectors.toSet());
        assertThat(byPart).as("each part starts elsewhere").hasSizeGreaterThan(25);
        UUID question = UUID.randomUUID();
        assertThat(QuestionSelection.optionOrder(5, 42, question)).isEqualTo(QuestionSelection.optionOrder(5, 42, question))
                .containsExactlyInAnyOrder(0, 1, 2, 3, 4);
    }

    @Test
    void theBestOfAPartAreAlwaysAmongTheFirstUnmetOnesInItsOrder() {
        // What lets the pool hand over only the first n unmet questions of a part in the seed's order.
        List<Candidate> unmet = candidates(300, 0);
        List<Candidate> met = candidates(30, 1);
        UUID part = UUID.randomUUID();
        for (long seed = 0; seed < 50; seed++) {
            List<Candidate> all = new ArrayList<>(unmet);
            all.addAll(met);
            int quota = 1 + (int) (seed % 40);
            List<Candidate> firstUnmet = QuestionSelection.best(unmet, quota, seed, part);
            List<Candidate> fromSample = new ArrayList<>(firstUnmet);
            fromSample.addAll(met);
            assertThat(QuestionSelection.best(fromSample, quota, seed, part))
                    .isEqualTo(QuestionSelection.best(all, quota, seed, part));
        }
    }

    @Test
    void theTestOrderIsShuffledBySeedAndAQuestionUnderTwoConceptsCountsForTheFirst() {
        List<QuestionSelection.Pick> picks = IntStream.range(0, 20)
                .mapToObj(i -> new QuestionSelection.Pick(UUID.randomUUID(), UUID.randomUUID())).toList();
        assertThat(QuestionSelection.shuffled(picks, 5)).isEqualTo(QuestionSelection.shuffled(picks, 5))
                .containsExactlyInAnyOrderElementsOf(picks).isNotEqualTo(picks);

        List<Candidate> first = candidates(5, 0);
        List<Candidate> overlapping = new ArrayList<>(first.subList(0, 3));
        overlapping.addAll(candidates(2, 0));
        List<List<Candidate>> distinct = QuestionSelection.distinct(List.of(first, overlapping));
        assertThat(distinct.get(0)).isEqualTo(first);
        assertThat(distinct.get(1)).hasSize(2).doesNotContainAnyElementsOf(first);
    }

    private static Part part(long available) {
        return new Part(UUID.randomUUID(), available);
    }

    private static List<Candidate> candidates(int size, int seen) {
        Random keys = new Random(size * 31L + seen);
        return IntStream.range(0, size).mapToObj(i -> new Candidate(UUID.randomUUID(), seen, keys.nextInt())).toList();
    }
}
