package io.revisio.content.search;

import io.revisio.content.question.QuestionState;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One question found, as its working version says.
 *
 * @param number          the working version's number
 * @param publishedNumber the number of the version students get (or got, if archived), or null
 * @param stem            the start of the stem, on one line
 * @param snippet         the part of the stem around the words found, split into plain and matched text;
 *                        empty when the search has no words or only a misspelling matched
 */
record QuestionHit(UUID id, int number, QuestionState state, Integer publishedNumber, String stem,
        List<SnippetPart> snippet, Theme theme, List<String> tags, UUID authorId, Integer difficulty,
        Instant updatedAt) {

    record Theme(UUID id, String name) {
    }

    /** @param match whether this text is one of the words searched for */
    record SnippetPart(String text, boolean match) {
    }
}
