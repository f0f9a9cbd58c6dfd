package io.revisio.notebook.mistake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revisio.notebook.mistake.MistakeClassification.Classification;
import io.revisio.notebook.mistake.MistakeClassification.Facts;
import io.revisio.notebook.mistake.MistakeClassification.Rule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rule with worked numbers, the order the rules are tried in, and the usual time. */
class MistakeClassificationTest {

    /** Seven earlier answers: sorted 30, 35, 40, 41, 45, 50, 60 s, so the usual time is 41 s. */
    static final List<Long> HISTORY = List.of(45_000L, 30_000L, 41_000L, 60_000L, 35_000L, 50_000L, 40_000L);

    @Test
    void theUsualTimeIsTheMedianOfEarlierAnswers() {
        assertThat(MistakeClassification.median(HISTORY)).isEqualTo(41_000);
        assertThat(MistakeClassification.median(List.of(10L, 40L, 20L, 30L))).as("mean of the middle two")
                .isEqualTo(25);
        assertThatThrownBy(() -> MistakeClassification.median(List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void wrongMuchFasterThanUsualOnAnEasyQuestionIsCareless() {
        // 6 s <= 0.5 x 41 s = 20.5 s, difficulty 1 <= 2
        Classification careless = classify(6_000, 1, HISTORY);
        assertThat(careless.rule()).isEqualTo(Rule.CARELESS);
        assertThat(careless.measured()).containsEntry("rule", "careless").containsEntry("timeMs", 6_000L)
                .containsEntry("usualMs", 41_000L).containsEntry("difficulty", 1)
                .containsEntry("previousAnswers", 7);
        assertThat(careless.explanation()).isEqualTo(
                "Wrong in 6 s against a usual 41 s on an easy question (difficulty 1).");

        assertThat(classify(20_500, 2, HISTORY).rule()).as("exactly half, difficulty 2").isEqualTo(Rule.CARELESS);
        assertThat(classify(20_600, 2, HISTORY).rule()).as("a little over half").isEqualTo(Rule.WRONG);
        assertThat(classify(6_000, 3, HISTORY).rule()).as("fast on a harder question").isEqualTo(Rule.WRONG);
        assertThat(classify(6_000, null, HISTORY).rule()).as("no difficulty known").isEqualTo(Rule.WRONG);
    }

    @Test
    void wrongAfterALongTimeIsAKnowledgeGap() {
        // 62 s >= 1.5 x 41 s = 61.5 s
        Classification gap = classify(62_000, 4, HISTORY);
        assertThat(gap.rule()).isEqualTo(Rule.KNOWLEDGE_GAP);
        assertThat(gap.measured()).containsEntry("rule", "knowledge-gap").containsEntry("usualMs", 41_000L);
        assertThat(gap.explanation()).startsWith("Wrong after 62 s against a usual 41 s");
        assertThat(classify(61_000, 4, HISTORY).rule()).as("just under 1.5 x").isEqualTo(Rule.WRONG);
    }

    @Test
    void withTooLittleHistoryOnlyTheAbsoluteLongTimeCounts() {
        List<Long> four = List.of(40_000L, 41_000L, 42_000L, 43_000L);
        Classification fast = classify(6_000, 1, four);
        assertThat(fast.rule()).as("4 < 5 earlier answers: no usual time").isEqualTo(Rule.WRONG);
        assertThat(fast.measured()).doesNotContainKey("usualMs").containsEntry("previousAnswers", 4);
        assertThat(classify(90_000, 3, four).rule()).isEqualTo(Rule.KNOWLEDGE_GAP);
        assertThat(classify(89_900, 3, List.of()).rule()).isEqualTo(Rule.WRONG);
    }

    @Test
    void aRightAnswerChangedToAWrongOneComesBeforeTheTimeRules() {
        Classification changed = MistakeClassification.classify(
                new Facts(true, false, true, 2, 6_000, 1, HISTORY));
        assertThat(changed.rule()).isEqualTo(Rule.CHANGED_RIGHT_TO_WRONG);
        assertThat(changed.measured()).containsEntry("rule", "changed-right-to-wrong").containsEntry("changes", 2);
        assertThat(changed.explanation()).isEqualTo("A right answer was changed to a wrong one (2 changes).");
    }

    @Test
    void anUnansweredQuestionRanOutOfTimeOrWasSkipped() {
        Classification late = MistakeClassification.classify(new Facts(false, true, false, 0, 0, 2, HISTORY));
        assertThat(late.rule()).isEqualTo(Rule.RAN_OUT_OF_TIME);
        assertThat(late.measured()).containsEntry("rule", "ran-out-of-time");
        assertThat(MistakeClassification.classify(new Facts(false, false, false, 0, 0, 2, HISTORY)).rule())
                .isEqualTo(Rule.SKIPPED);
    }

    @Test
    void rulesHaveWireNames() {
        assertThat(Rule.named("knowledge-gap")).isEqualTo(Rule.KNOWLEDGE_GAP);
        assertThat(Rule.named("lazy")).isNull();
    }

    private static Classification classify(long timeMs, Integer difficulty, List<Long> history) {
        return MistakeClassification.classify(new Facts(true, false, false, 0, timeMs, difficulty, history));
    }
}
