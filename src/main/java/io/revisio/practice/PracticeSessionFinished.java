package io.revisio.practice;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A practice session ended with a result: the student submitted it, or its deadline passed. Published
 * through the event publication registry in the transaction that ended the session, so each listener
 * handles it once even if the process dies right after the commit (listeners must still be idempotent:
 * a publication left outstanding is delivered again on restart).
 *
 * @param mode    TUTOR, EXAM or ADAPTIVE (adaptive answers like tutor: feedback after each, then locked)
 * @param outcome SUBMITTED or EXPIRED
 * @param total   the session's questions, answered or not
 */
public record PracticeSessionFinished(UUID sessionId, UUID studentId, String mode, String outcome,
        Instant finishedAt, int correct, int total, List<QuestionOutcome> questions) {

    public PracticeSessionFinished {
        questions = List.copyOf(questions);
    }

    /**
     * One question of the session. Option indexes are in the version's stored order, not the shuffled
     * order the student saw.
     *
     * @param chosenOption the final answer, or null when the question was left unanswered
     * @param history      every answer given, oldest first (more than one only in exam mode)
     */
    public record QuestionOutcome(UUID questionId, UUID versionId, UUID themeId, Integer chosenOption,
            int correctOption, boolean correct, long timeSpentMs, List<AnswerChange> history) {

        public QuestionOutcome {
            history = List.copyOf(history);
        }

        /** How many times the student changed an answer once given. */
        public int changes() {
            return Math.max(0, history.size() - 1);
        }

        /** Whether a correct answer was changed to a wrong one at some point. */
        public boolean changedRightToWrong() {
            for (int i = 1; i < history.size(); i++) {
                if (history.get(i - 1).correct() && !history.get(i).correct()) {
                    return true;
                }
            }
            return false;
        }
    }

    /** One answer as given: the option (stored order), whether it was right, and when. */
    public record AnswerChange(UUID answerId, int chosenOption, boolean correct, Instant answeredAt) {
    }
}
