package io.revisio.practice.session;

import io.revisio.shared.problem.ProblemException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.HttpStatus;

/** The refusals of practice sessions, each with its own stable problem type. */
final class PracticeSessionProblems {

    private PracticeSessionProblems() {
    }

    /** Also the answer for another student's session: whether it exists is none of the caller's business. */
    static ProblemException notFound(UUID id) {
        return new ProblemException(HttpStatus.NOT_FOUND, "not-found", "There is no practice session " + id + ".");
    }

    static ProblemException of(PracticeSessionRefusal refusal) {
        if (refusal instanceof PracticeSessionRefusal.Closed closed) {
            return new ProblemException(HttpStatus.CONFLICT, "practice-session-closed",
                    "This practice session is " + closed.state.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                            + ": it takes no more answers or changes.")
                    .with("state", closed.state.name());
        }
        if (refusal instanceof PracticeSessionRefusal.NotInSession missing) {
            return new ProblemException(HttpStatus.NOT_FOUND, "not-found",
                    "Question " + missing.questionId + " is not in this practice session.");
        }
        if (refusal instanceof PracticeSessionRefusal.ForeignOption foreign) {
            return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "practice-option-not-in-question",
                    "The question has options 0 to " + (foreign.options - 1) + " as shown; there is no option "
                            + foreign.option + ".")
                    .with("option", foreign.option).with("options", foreign.options);
        }
        if (refusal instanceof PracticeSessionRefusal.Paused) {
            return new ProblemException(HttpStatus.CONFLICT, "practice-session-paused",
                    "This practice session is paused: resume it to answer.").with("state", "PAUSED");
        }
        if (refusal instanceof PracticeSessionRefusal.NotPausable) {
            return new ProblemException(HttpStatus.CONFLICT, "practice-pause-not-allowed",
                    "A timed exam runs like the real one: its clock cannot be paused.");
        }
        return new ProblemException(HttpStatus.CONFLICT, "practice-answer-locked",
                "In tutor mode an answer is final once its feedback was shown.");
    }

    static ProblemException nothingAvailable(List<String> pools, long inAllPools) {
        String hint = inAllPools > 0 ? " The same topics hold " + inAllPools + " questions over all pools: "
                + "try adding pools." : " Try other topics or fewer filters.";
        return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "practice-nothing-available",
                "No question matches these topics, pools and difficulties." + hint)
                .with("pools", pools).with("availableInAllPools", inAllPools);
    }

    /** Adaptive practice needs the learner models, which another module provides. */
    static ProblemException adaptiveUnavailable() {
        return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "practice-adaptive-unavailable",
                "Adaptive practice is not available here: build a tutor or exam test instead.");
    }

    /** Every question of the chosen topics was answered too recently for adaptive practice to offer it again. */
    static ProblemException nothingNew(long recentDays, int answeredRecently) {
        return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "practice-adaptive-nothing-new",
                "Adaptive practice never repeats a question answered in the last " + recentDays + " days, and "
                        + (answeredRecently > 0 ? "all " + answeredRecently + " questions of these topics were."
                        : "these topics hold no question.") + " Try other topics.")
                .with("recentDays", recentDays).with("answeredRecently", answeredRecently);
    }

    static ProblemException answerIdTaken(UUID answerId) {
        return new ProblemException(HttpStatus.CONFLICT, "practice-answer-id-taken",
                "The answer id " + answerId + " was already used for another question. Generate a new id for "
                        + "each answer.").with("answerId", answerId);
    }

    static ProblemException noResultYet(PracticeSessionState state) {
        return new ProblemException(HttpStatus.CONFLICT, "practice-session-without-result",
                "The review opens once the practice session is submitted or has expired.")
                .with("state", state.name());
    }
}
