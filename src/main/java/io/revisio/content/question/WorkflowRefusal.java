package io.revisio.content.question;

import java.util.List;

/** Why the workflow refused an action; turned into a problem answer by {@link QuestionProblems}. */
abstract sealed class WorkflowRefusal extends RuntimeException {

    WorkflowRefusal(String message) {
        super(message);
    }

    /** The action is not allowed in the question's current state. */
    static final class Illegal extends WorkflowRefusal {
        final QuestionAction action;
        final List<QuestionAction> allowed;

        Illegal(QuestionAction action, List<QuestionAction> allowed) {
            super(action.wireName() + " is not allowed now");
            this.action = action;
            this.allowed = List.copyOf(allowed);
        }
    }

    /** Four eyes: the author of a version may not approve it. */
    static final class OwnVersion extends WorkflowRefusal {
        OwnVersion() {
            super("the author of a version cannot approve it");
        }
    }
}
