package io.revisio.content.question;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One question of a demo file, as written there. Its external id is {@code demo-<theme code>-<key>}.
 *
 * @param concept the code of a concept under the file's theme, or null
 */
record DemoQuestion(String key, String stem, List<QuestionContent.Option> options, String explanation,
        List<QuestionContent.SourceReference> references, List<String> tags, String concept, Integer difficulty) {

    static final String EXTERNAL_ID_PREFIX = "demo-";

    DemoQuestion {
        references = references == null ? List.of() : references;
        tags = tags == null ? List.of() : tags;
    }

    String externalId(String themeCode) {
        return EXTERNAL_ID_PREFIX + themeCode + "-" + key;
    }

    /** The content it is filed with, given the ids of its theme and (if any) its concept. */
    QuestionContent content(String themeCode, UUID themeId, UUID conceptId) {
        return new QuestionContent(stem, options, explanation, references, tags, themeId,
                conceptId == null ? List.of() : List.of(conceptId), difficulty, externalId(themeCode));
    }

    /**
     * What a demo question must have beyond what a draft needs: everything a reviewer asks for, plus a
     * source and a difficulty, so that every demo question can be published as it is.
     */
    List<String> problems(String themeCode) {
        List<String> problems = new ArrayList<>();
        if (key == null || !key.matches("[0-9A-Za-z]{1,20}")) {
            problems.add("key must be 1 to 20 letters or digits");
        }
        if (concept != null && !concept.startsWith(themeCode + "-")) {
            problems.add("concept " + concept + " is not under theme " + themeCode);
        }
        content(themeCode, UUID.randomUUID(), null).missingForReview()
                .forEach(missing -> problems.add(missing.field() + ": " + missing.message()));
        if (references.isEmpty()) {
            problems.add("references: a demo question names its source");
        }
        if (difficulty == null) {
            problems.add("difficulty: a demo question has one");
        }
        return problems;
    }
}
