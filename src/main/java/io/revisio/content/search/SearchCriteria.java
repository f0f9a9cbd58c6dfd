package io.revisio.content.search;

import io.revisio.content.question.QuestionState;
import java.time.Instant;
import java.util.List;
import java.util.StringJoiner;
import java.util.UUID;

/**
 * What a staff member searches the bank for, validated. Every filter narrows the result; an empty list or
 * null means "any".
 *
 * @param text         words to find (web-search syntax: "a phrase", -without, or), or null to list by update
 * @param states       workflow states of the working version
 * @param nodeId       a syllabus node: questions whose theme or concepts lie in its subtree
 * @param tags         tags the working version must all carry
 * @param updatedFrom  inclusive lower bound of the last update
 * @param updatedUntil exclusive upper bound of the last update
 * @param size         page size
 */
record SearchCriteria(String text, List<QuestionState> states, UUID nodeId, List<String> tags, UUID authorId,
        List<Integer> difficulties, Integer difficultyMin, Integer difficultyMax, Instant updatedFrom,
        Instant updatedUntil, int size) {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;

    SearchCriteria {
        states = List.copyOf(states);
        tags = List.copyOf(tags);
        difficulties = List.copyOf(difficulties);
    }

    boolean ranked() {
        return text != null;
    }

    /**
     * The filters in a stable spelling (page size left out), so a cursor can prove it was made for this very
     * search.
     */
    String fingerprint() {
        StringJoiner joined = new StringJoiner("\u001f");
        joined.add(String.valueOf(text)).add(states.toString()).add(String.valueOf(nodeId)).add(tags.toString())
                .add(String.valueOf(authorId)).add(difficulties.toString()).add(String.valueOf(difficultyMin))
                .add(String.valueOf(difficultyMax)).add(String.valueOf(updatedFrom))
                .add(String.valueOf(updatedUntil));
        return joined.toString();
    }
}
