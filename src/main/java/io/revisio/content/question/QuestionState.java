package io.revisio.content.question;

import static io.revisio.content.question.QuestionAction.APPROVE;
import static io.revisio.content.question.QuestionAction.ARCHIVE;
import static io.revisio.content.question.QuestionAction.EDIT;
import static io.revisio.content.question.QuestionAction.PUBLISH;
import static io.revisio.content.question.QuestionAction.REQUEST_CHANGES;
import static io.revisio.content.question.QuestionAction.RESTORE;
import static io.revisio.content.question.QuestionAction.SUBMIT;

import java.util.List;
import java.util.Optional;

/**
 * Where one question version stands in review. Editing never changes a version: it writes a new DRAFT
 * version, so EDIT is allowed where editors may start one, but leads nowhere from this state.
 */
public enum QuestionState {
    DRAFT, IN_REVIEW, CHANGES_REQUESTED, APPROVED, PUBLISHED, ARCHIVED;

    /** The actions this state allows, in the order a client would offer them. */
    List<QuestionAction> actions() {
        return switch (this) {
            case DRAFT, CHANGES_REQUESTED -> List.of(EDIT, SUBMIT);
            case IN_REVIEW -> List.of(APPROVE, REQUEST_CHANGES);
            case APPROVED -> List.of(PUBLISH);
            case PUBLISHED -> List.of(EDIT, ARCHIVE);
            // Restoring republishes the archived version: it was reviewed and approved as it is.
            case ARCHIVED -> List.of(RESTORE);
        };
    }

    /** The state this version moves to, or empty when the action is not allowed here (or is an edit). */
    Optional<QuestionState> after(QuestionAction action) {
        if (!actions().contains(action)) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (action) {
            case SUBMIT -> IN_REVIEW;
            case APPROVE -> APPROVED;
            case REQUEST_CHANGES -> CHANGES_REQUESTED;
            case PUBLISH, RESTORE -> PUBLISHED;
            case ARCHIVE -> ARCHIVED;
            case EDIT -> null;
        });
    }
}
