package io.revisio.content.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.content.question.QuestionContent.Option;
import io.revisio.content.question.QuestionContent.SourceReference;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plain rules of the file formats: list cells and the content hash. */
class TransferRulesTest {

    @Test
    void listCellsKeepAnyTextThroughEscaping() {
        List<String> tags = List.of("a|b", "semi;colon", "back\\slash", "plain");
        String cell = CellLists.join(tags, CellLists.ITEM);
        assertThat(cell).isEqualTo("a\\|b|semi\\;colon|back\\\\slash|plain");
        assertThat(CellLists.items(cell)).isEqualTo(tags);
        assertThat(CellLists.items(" x | y ")).containsExactly("x", "y");
        assertThat(CellLists.items("")).isEmpty();

        String references = CellLists.join(List.of("Harrison\\; 21st", "12"), CellLists.ITEM) + ";Notes";
        List<String> entries = CellLists.entries(references);
        assertThat(entries).hasSize(2);
        assertThat(CellLists.items(entries.get(0))).containsExactly("Harrison\\; 21st", "12");
        assertThat(CellLists.items(entries.get(1))).containsExactly("Notes");
    }

    @Test
    void theContentHashIgnoresLineEndingsSurroundingSpaceAndTheExternalIdButNothingElse() {
        PortableQuestion question = question("ext-1", "Which valve?\nAortic or mitral?", "T1", 3);
        String hash = ContentHash.of(question);
        assertThat(hash).matches("[0-9a-f]{64}");
        assertThat(ContentHash.of(question("other-id", "  Which valve?\r\nAortic or mitral? ", "T1", 3)))
                .isEqualTo(hash);
        assertThat(ContentHash.of(question(null, "Which valve?\nAortic or mitral?", "T1", 3))).isEqualTo(hash);
        assertThat(ContentHash.of(question("ext-1", "Which valve? Aortic or mitral?", "T1", 3))).isNotEqualTo(hash);
        assertThat(ContentHash.of(question("ext-1", "Which valve?\nAortic or mitral?", "T2", 3))).isNotEqualTo(hash);
        assertThat(ContentHash.of(question("ext-1", "Which valve?\nAortic or mitral?", "T1", null)))
                .isNotEqualTo(hash);
    }

    private static PortableQuestion question(String externalId, String stem, String theme, Integer difficulty) {
        return new PortableQuestion(externalId, stem, List.of(new Option("A", true), new Option("B", false)),
                "Because.", List.of(new SourceReference("Harrison", "12", null)), List.of("cardio"), theme,
                List.of(), difficulty);
    }
}
