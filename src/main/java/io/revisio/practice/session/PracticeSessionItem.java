package io.revisio.practice.session;

import java.util.List;
import java.util.UUID;

/**
 * One question of a session as pinned at creation, with the student's current answer and marks.
 *
 * @param optionOrder {@code optionOrder[shown]} is the stored index of the option shown at that place
 * @param chosenIndex the current answer's stored option index, or null while unanswered
 * @param struckOut   shown places the student struck out
 */
record PracticeSessionItem(int position, UUID questionId, UUID versionId, UUID themeId, UUID blockId, int[] optionOrder,
        int correctIndex, Integer chosenIndex, UUID answerId, boolean flagged, List<Integer> struckOut,
        long timeSpentMs) {

    boolean answered() {
        return chosenIndex != null;
    }

    boolean correct() {
        return chosenIndex != null && chosenIndex == correctIndex;
    }

    /** The shown place of a stored option index. */
    int shownPlace(int storedIndex) {
        for (int shown = 0; shown < optionOrder.length; shown++) {
            if (optionOrder[shown] == storedIndex) {
                return shown;
            }
        }
        throw new IllegalArgumentException("no option " + storedIndex);
    }
}
