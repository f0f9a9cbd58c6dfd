package io.revisio.content.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import tools.jackson.databind.json.JsonMapper;

/** The demo question files on their own: each parses, and each question is fit to publish. */
class DemoQuestionFilesTest {

    static DemoQuestionFiles files() {
        return new DemoQuestionFiles(JsonMapper.builder().build(),
                Validation.buildDefaultValidatorFactory().getValidator());
    }

    @Test
    void everyFileParsesAndEveryQuestionIsComplete() {
        List<DemoQuestionFile> all = files().all();
        assertThat(all).extracting(DemoQuestionFile::themeCode).contains("Y1-FND-CELL", "Y1-RES-PATH");
        Set<String> externalIds = new HashSet<>();
        for (DemoQuestionFile file : all) {
            assertThat(file.questions()).as(file.name()).hasSizeGreaterThanOrEqualTo(10);
            for (DemoQuestion question : file.questions()) {
                String where = file.name() + " question " + question.key();
                assertThat(question.problems(file.themeCode())).as(where).isEmpty();
                assertThat(question.options()).as(where).hasSize(5)
                        .filteredOn(QuestionContent.Option::correct).hasSize(1);
                assertThat(question.explanation()).as(where).isNotBlank();
                assertThat(question.tags()).as(where).isNotEmpty();
                assertThat(externalIds.add(question.externalId(file.themeCode()))).as(where + " unique").isTrue();
            }
        }
        assertThat(externalIds).as("questions over every file").hasSizeGreaterThanOrEqualTo(300);
    }

    @Test
    void aMalformedFileIsNamedWithTheQuestionsKey() {
        String twoCorrect = """
                [{"key": "07", "stem": "Which?", "explanation": "Because.", "difficulty": 2,
                  "references": [{"source": "A textbook", "page": "ch. 1", "url": null}],
                  "options": [{"text": "A", "correct": true}, {"text": "B", "correct": true}]}]
                """;
        assertThatThrownBy(() -> files().read("Y1-FND-GEN.json", resource(twoCorrect)))
                .hasMessageContaining("Y1-FND-GEN.json").hasMessageContaining("question 07")
                .hasMessageContaining("exactly one option");
        assertThatThrownBy(() -> files().read("Y1-FND-GEN.json", resource("[{\"key\": \"01\", \"stm\": \"x\"}]")))
                .hasMessageContaining("Y1-FND-GEN.json").hasMessageContaining("does not parse");
        assertThatThrownBy(() -> files().read("Y1-FND-GEN.json", resource("[{\"key\": \"01\"")))
                .hasMessageContaining("Y1-FND-GEN.json");
    }

    private static ByteArrayResource resource(String text) {
        return new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8));
    }
}
