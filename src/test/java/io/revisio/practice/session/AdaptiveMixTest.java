package io.revisio.practice.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revisio.practice.session.AdaptiveMix.Chosen;
import io.revisio.practice.session.AdaptiveMix.Kind;
import io.revisio.practice.session.AdaptiveMix.Offered;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The adaptive mix with worked numbers: quotas, passing unfilled slots on, the 70 % target, no repeats, seeds. */
class AdaptiveMixTest {

    @Test
    void quotasAreThreeTenthsDueThreeTenthsWeakAndTheRestNearAbility() {
        assertThat(AdaptiveMix.quotas(10)).isEqualTo(new AdaptiveMix.Quotas(3, 3, 4));
        assertThat(AdaptiveMix.quotas(20)).isEqualTo(new AdaptiveMix.Quotas(6, 6, 8));
        assertThat(AdaptiveMix.quotas(7)).isEqualTo(new AdaptiveMix.Quotas(2, 2, 3));
        assertThat(AdaptiveMix.quotas(5)).isEqualTo(new AdaptiveMix.Quotas(1, 1, 3));
        assertThat(AdaptiveMix.quotas(3)).isEqualTo(new AdaptiveMix.Quotas(0, 0, 3));
        assertThat(AdaptiveMix.quotas(1)).isEqualTo(new AdaptiveMix.Quotas(0, 0, 1));
        assertThat(AdaptiveMix.quotas(200)).isEqualTo(new AdaptiveMix.Quotas(60, 60, 80));
        assertThatThrownBy(() -> AdaptiveMix.quotas(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theQuestionsClosestToSeventyPercentAreTaken() {
        // Elo with guessing, 4 options: ability 0 vs difficulty 0 predicts 0.25 + 0.75 / (1 + e^0) = 0.625;
        // ability 1 predicts 0.25 + 0.75 / (1 + e^-1) = 0.7983; ability -1 predicts 0.4517; difficulty -0.5
        // at ability 0 predicts 0.25 + 0.75 / (1 + e^-0.5) = 0.7169.
        Offered unrated = offer(0.625, 1);
        Offered strong = offer(0.7983, 2);
        Offered weak = offer(0.4517, 3);
        Offered easier = offer(0.7169, 4);
        Offered far = offer(0.95, 5);
        List<Offered> nearest = AdaptiveMix.nearest(List.of(unrated, strong, weak, easier, far), Set.of(), 3, 7L);
        // distances from 0.70: 0.0169, 0.075, 0.0983 (then 0.2483 and 0.25 are left out)
        assertThat(nearest).containsExactly(easier, unrated, strong);
    }

    @Test
    void aMixOfTenTakesThreeDueThreeWeakAndFourNearAbility() {
        List<UUID> due = ids(5);
        List<Offered> weak = offers(0.40, 6);
        List<Offered> near = new ArrayList<>(offers(0.70, 2));
        near.addAll(offers(0.60, 2));
        near.addAll(offers(0.95, 4));
        List<Chosen> mix = AdaptiveMix.mix(10, due, weak, near, 42L);

        Map<UUID, Kind> kinds = mix.stream().collect(Collectors.toMap(Chosen::questionId, Chosen::kind));
        assertThat(mix).hasSize(10);
        assertThat(due.subList(0, 3)).allMatch(id -> kinds.get(id) == Kind.DUE_REVIEW);
        assertThat(due.subList(3, 5)).as("beyond the due quota").noneMatch(kinds::containsKey);
        assertThat(kinds.values().stream().filter(kind -> kind == Kind.WEAK_AREA)).hasSize(3);
        List<UUID> nearChosen = mix.stream().filter(c -> c.kind() == Kind.NEAR_ABILITY).map(Chosen::questionId)
                .toList();
        assertThat(nearChosen).as("the two at 0.70, then the two at 0.60; none at 0.95")
                .containsExactlyInAnyOrderElementsOf(near.subList(0, 4).stream().map(Offered::questionId).toList());
    }

    @Test
    void unfilledSlotsPassOnToTheNextKind() {
        List<UUID> due = ids(1);
        List<Offered> weak = offers(0.40, 2);
        List<Offered> near = offers(0.65, 20);
        List<Chosen> mix = AdaptiveMix.mix(10, due, weak, near, 1L);
        Map<Kind, Long> counts = mix.stream().collect(Collectors.groupingBy(Chosen::kind, Collectors.counting()));
        // 3 due slots, 1 card: 2 pass to the weak areas (5 slots), which offer 2: 3 more pass on, 4 + 3 = 7 near
        assertThat(counts).containsEntry(Kind.DUE_REVIEW, 1L).containsEntry(Kind.WEAK_AREA, 2L)
                .containsEntry(Kind.NEAR_ABILITY, 7L);
    }

    @Test
    void noQuestionIsTakenTwiceAndTooFewOffersGiveAShorterSession() {
        UUID both = UUID.randomUUID();
        Offered again = new Offered(both, 0.70, 9);
        List<Chosen> mix = AdaptiveMix.mix(10, List.of(both), List.of(again), List.of(again, offer(0.5, 1)), 3L);
        assertThat(mix).extracting(Chosen::questionId).doesNotHaveDuplicates().hasSize(2);
        assertThat(mix).filteredOn(c -> c.questionId().equals(both)).extracting(Chosen::kind)
                .containsExactly(Kind.DUE_REVIEW);
    }

    @Test
    void theSameSeedGivesTheSameSessionAndTiesFollowTheSeed() {
        List<Offered> equal = offers(0.625, 30);
        List<Chosen> one = AdaptiveMix.mix(5, List.of(), List.of(), equal, 99L);
        List<Offered> reversed = new ArrayList<>(equal);
        java.util.Collections.reverse(reversed);
        assertThat(AdaptiveMix.mix(5, List.of(), List.of(), reversed, 99L))
                .as("the order offers arrive in does not matter").isEqualTo(one);
        Set<Set<UUID>> picks = new java.util.HashSet<>();
        for (long seed = 0; seed < 10; seed++) {
            picks.add(AdaptiveMix.mix(5, List.of(), List.of(), equal, seed).stream().map(Chosen::questionId)
                    .collect(Collectors.toSet()));
        }
        assertThat(picks).as("equally near questions are chosen by the seed, not always the same")
                .hasSizeGreaterThan(1);
    }

    private static List<UUID> ids(int n) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(UUID.randomUUID());
        }
        return ids;
    }

    private static List<Offered> offers(double predicted, int n) {
        return ids(n).stream().map(id -> new Offered(id, predicted, id.hashCode())).toList();
    }

    private static Offered offer(double predicted, int key) {
        return new Offered(UUID.randomUUID(), predicted, key);
    }
}
