package io.revisio.content.transfer;

import io.revisio.content.question.QuestionContent;
import io.revisio.content.question.QuestionContent.Option;
import io.revisio.content.question.QuestionContent.SourceReference;
import java.util.List;

/**
 * One question as files carry it: the fields of a question version, with the syllabus named by codes
 * rather than ids, so a file moves between installations.
 *
 * @param theme    the code of a THEME node
 * @param concepts codes of CONCEPT nodes under that theme
 */
record PortableQuestion(String externalId, String stem, List<Option> options, String explanation,
        List<SourceReference> references, List<String> tags, String theme, List<String> concepts,
        Integer difficulty) {

    PortableQuestion {
        options = options == null ? List.of() : options;
        references = references == null ? List.of() : references;
        tags = tags == null ? List.of() : tags;
        concepts = concepts == null ? List.of() : concepts;
    }

    /** A version's content as a file carries it, with its syllabus nodes named by code. */
    static PortableQuestion of(QuestionContent content, SyllabusCodes.Snapshot codes) {
        return new PortableQuestion(content.externalId(), content.stem(), content.options(), content.explanation(),
                content.references(), content.tags(), codes.codeOf(content.themeId()),
                content.conceptIds().stream().map(codes::codeOf).toList(), content.difficulty());
    }
}
