package io.revisio.practice.session;

import java.util.UUID;

/** Why the aggregate refused a change; the service turns each into its problem. */
abstract sealed class PracticeSessionRefusal extends RuntimeException {

    PracticeSessionRefusal(String message) {
        super(message, null, false, false);
    }

    /** The session no longer takes answers (or cannot move to the asked state). */
    static final class Closed extends PracticeSessionRefusal {
        final PracticeSessionState state;

        Closed(PracticeSessionState state) {
            super("the practice session is " + state);
            this.state = state;
        }
    }

    static final class NotInSession extends PracticeSessionRefusal {
        final UUID questionId;

        NotInSession(UUID questionId) {
            super("question " + questionId + " is not in the practice session");
            this.questionId = questionId;
        }
    }

    /** An option place the question does not have. */
    static final class ForeignOption extends PracticeSessionRefusal {
        final int option;
        final int options;

        ForeignOption(int option, int options) {
            super("option " + option + " is not among the question's " + options);
            this.option = option;
            this.options = options;
        }
    }

    /** Tutor mode: the answer was given and its feedback shown. */
    static final class Locked extends PracticeSessionRefusal {
        Locked() {
            super("the answer is locked once its feedback was shown");
        }
    }

    /** Paused: nothing is answered until the student resumes. */
    static final class Paused extends PracticeSessionRefusal {
        Paused() {
            super("the practice session is paused");
        }
    }

    /** A timed exam keeps its clock running. */
    static final class NotPausable extends PracticeSessionRefusal {
        NotPausable() {
            super("a timed exam cannot be paused");
        }
    }
}
