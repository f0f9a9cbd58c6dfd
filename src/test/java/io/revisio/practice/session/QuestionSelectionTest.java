package io.revisio.practice.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.practice.session.QuestionSelection.Candidate;
import io.revisio.practice.session.QuestionSelection.Group;
import io.revisio.practice.session.QuestionSelection.Pick;
import io.revisio.practice.session.QuestionSelection.Selection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The builder's selection rules, on their own. */
class QuestionSelectionTest {

    @Test
    void eachNodeGetsItsShareInProportionToWhatItOffers() {
        Group big = group(30, 0);
        Group small = group(10, 0);
        Selection selection = QuestionSelection.select(List.of(big, small), 20, 7);
        Map<UUID, Long> perNode = selection.picks().stream()
                .collect(Collectors.groupingBy(Pick::nodeId, Collectors.counting()));
        assertThat(perNode).containsEntry(big.nodeId(), 15L).containsEntry(small.nodeId(), 5L);
        assertThat(selection.available()).isEqualTo(40);
    }

    @Test
    void leftoverPlacesGoToTheLargestRemaindersAndTheTotalIsExact() {
        assertThat(QuestionSelection.quotas(List.of(List.of(1, 2, 3), List.of(1, 2, 3), List.of(1, 2, 3)), 7))
                .containsExactly(3, 2, 2);
        assertThat(QuestionSelection.quotas(List.of(List.of(1), List.of(1, 2, 3, 4, 5, 6, 7, 8, 9)), 5))
                .containsExactly(1, 4);
        assertThat(Arrays.stream(QuestionSelection.quotas(List.of(List.of(1), List.of(1, 2)), 3)).sum()).isEqualTo(3);
    }

    @Test
    void questionsSeenLeastComeFirst() {
        List<Candidate> candidates = new ArrayList<>();
        IntStream.range(0, 10).forEach(i -> candidates.add(new Candidate(UUID.randomUUID(), i < 4 ? 0 : 2)));
        candidates.add(new Candidate(UUID.randomUUID(), 1));
        Group group = new Group(UUID.randomUUID(), candidates);
        for (long seed = 0; seed < 20; seed++) {
            Selection selection = QuestionSelection.select(List.of(group), 5, seed);
            List<Integer> seen = selection.picks().stream()
                    .map(pick -> candidates.stream().filter(c -> c.questionId().equals(pick.questionId()))
                            .findFirst().orElseThrow().seen())
                    .sorted().toList();
            assertThat(seen).containsExactly(0, 0, 0, 0, 1);
        }
    }

    @Test
    void theSameSeedGivesTheSameTestAndAnotherSeedUsuallyAnother() {
        List<Group> groups = List.of(group(50, 0), group(50, 0));
        Selection once = QuestionSelection.select(groups, 10, 42);
        Selection again = QuestionSelection.select(List.of(shuffled(groups.get(0)), shuffled(groups.get(1))), 10, 42);
        assertThat(again.picks()).isEqualTo(once.picks());
        assertThat(QuestionSelection.select(groups, 10, 43).picks()).isNotEqualTo(once.picks());
        UUID question = UUID.randomUUID();
        assertThat(QuestionSelection.optionOrder(5, 42, question)).isEqualTo(QuestionSelection.optionOrder(5, 42, question))
                .containsExactlyInAnyOrder(0, 1, 2, 3, 4);
    }

    @Test
    void aQuestionUnderTwoPickedNodesIsPickedOnceAndNothingRepeats() {
        Group first = group(5, 0);
        Group overlapping = new Group(UUID.randomUUID(), first.candidates());
        Selection selection = QuestionSelection.select(List.of(first, overlapping), 10, 1);
        assertThat(selection.available()).isEqualTo(5);
        assertThat(selection.picks()).hasSize(5);
        assertThat(new HashSet<>(selection.picks().stream().map(Pick::questionId).toList())).hasSize(5);
    }

    @Test
    void fewerOnOfferThanAskedGivesEverythingOnOffer() {
        Selection selection = QuestionSelection.select(List.of(group(3, 0), group(0, 0)), 200, 9);
        assertThat(selection.picks()).hasSize(3);
        assertThat(QuestionSelection.select(List.of(group(0, 0)), 5, 9).picks()).isEmpty();
    }

    private static Group group(int size, int seen) {
        List<Candidate> candidates = new ArrayList<>();
        IntStream.range(0, size).forEach(i -> candidates.add(new Candidate(UUID.randomUUID(), seen)));
        return new Group(UUID.randomUUID(), candidates);
    }

    private static Group shuffled(Group group) {
        List<Candidate> candidates = new ArrayList<>(group.candidates());
        java.util.Collections.reverse(candidates);
        return new Group(group.nodeId(), candidates);
    }
}
