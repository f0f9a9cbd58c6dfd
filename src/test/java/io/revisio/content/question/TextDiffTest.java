package io.revisio.content.question;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.content.question.TextDiff.Segment;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Worked examples of the word-level diff, and the promise that both texts can be rebuilt from it. */
class TextDiffTest {

    @Test
    void anInsertionInTheMiddleKeepsTheSharedStartAndEnd() {
        assertThat(TextDiff.between("Which valve?", "Which valve is stenotic?")).containsExactly(
                equal("Which valve"), insert(" is stenotic"), equal("?"));
    }

    @Test
    void aReplacedWordReadsOldThenNew() {
        assertThat(TextDiff.between("The aortic valve", "The mitral valve")).containsExactly(
                equal("The "), delete("aortic"), insert("mitral"), equal(" valve"));
    }

    @Test
    void punctuationIsAWordOfItsOwn() {
        assertThat(TextDiff.between("Heart failure.", "Heart failure, acute.")).containsExactly(
                equal("Heart failure"), insert(", acute"), equal("."));
    }

    @Test
    void theLongestCommonSubsequenceIsKeptWhenWordsSwapPlaces() {
        assertThat(TextDiff.between("a b c", "c b a")).containsExactly(
                delete("a"), insert("c"), equal(" b "), delete("c"), insert("a"));
    }

    @Test
    void emptyAndIdenticalTexts() {
        assertThat(TextDiff.between("", "")).isEmpty();
        assertThat(TextDiff.between(null, "New text")).containsExactly(insert("New text"));
        assertThat(TextDiff.between("Old text", "")).containsExactly(delete("Old text"));
        assertThat(TextDiff.between("Same words", "Same words")).containsExactly(equal("Same words"));
    }

    @Test
    void linesAreComparedWhenTheWordTableWouldBeTooLarge() {
        String before = words(3_000, 1) + "\nshared last line\n";
        String after = words(3_000, 2) + "\nshared last line\n";
        List<Segment> segments = TextDiff.between(before, after);
        assertThat(segments).last().isEqualTo(equal("\nshared last line\n"));
        assertRebuilds(before, after, segments);
    }

    @Test
    void bothTextsCanAlwaysBeRebuilt() {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            String before = sentence(random);
            String after = sentence(random);
            assertRebuilds(before, after, TextDiff.between(before, after));
        }
    }

    private static void assertRebuilds(String before, String after, List<Segment> segments) {
        assertThat(join(segments, TextDiff.INSERT)).isEqualTo(before);
        assertThat(join(segments, TextDiff.DELETE)).isEqualTo(after);
        for (int i = 1; i < segments.size(); i++) {
            assertThat(segments.get(i).op()).as("runs are merged").isNotEqualTo(segments.get(i - 1).op());
        }
    }

    /** The text with the runs of one op left out. */
    private static String join(List<Segment> segments, String without) {
        return segments.stream().filter(segment -> !segment.op().equals(without)).map(Segment::text)
                .collect(Collectors.joining());
    }

    private static String sentence(Random random) {
        String[] words = {"the", "valve", "murmur", " ", "  ", ".", ",", "\n", "aortic", "é"};
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
            text.append(words[random.nextInt(words.length)]);
        }
        return text.toString();
    }

    private static String words(int count, int seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append("w").append(random.nextInt(50)).append(i % 20 == 19 ? "\n" : " ");
        }
        return text.toString();
    }

    private static Segment equal(String text) {
        return new Segment(TextDiff.EQUAL, text);
    }

    private static Segment insert(String text) {
        return new Segment(TextDiff.INSERT, text);
    }

    private static Segment delete(String text) {
        return new Segment(TextDiff.DELETE, text);
    }
}
