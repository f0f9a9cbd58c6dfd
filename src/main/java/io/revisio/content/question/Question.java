package io.revisio.content.question;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A question entry as the workflow sees it: the working version editors and reviewers act on, and the
 * published version students get, which are the same version until someone edits a published question.
 * The aggregate guards its own transitions; it holds no content and does no I/O.
 *
 * @param published the version last published (PUBLISHED, or ARCHIVED until restored), or null
 */
public record Question(UUID id, VersionHead working, VersionHead published) {

    /** One version moving from one state to another. */
    record Step(VersionHead version, QuestionState from, QuestionState to) {
    }

    /** What may be done now: edits and review on the working version, archive/restore on the published one. */
    List<QuestionAction> allowed() {
        Set<QuestionAction> allowed = new LinkedHashSet<>();
        working.state().actions().stream().filter(action -> !action.actsOnPublished()).forEach(allowed::add);
        if (published != null) {
            published.state().actions().stream().filter(QuestionAction::actsOnPublished).forEach(allowed::add);
        }
        return List.copyOf(allowed);
    }

    /** Refuses unless the working version may be followed by a new draft. */
    void checkEditable() {
        refuseUnlessAllowed(QuestionAction.EDIT);
    }

    /**
     * The state changes an action makes, in order. Publishing a new version also archives the one students
     * had, so that exactly one version of a question is ever published.
     */
    List<Step> apply(QuestionAction action, UUID actor) {
        refuseUnlessAllowed(action);
        if (action == QuestionAction.EDIT) {
            throw new IllegalArgumentException("an edit writes a new version; it is not a state change");
        }
        if (action == QuestionAction.APPROVE && Objects.equals(working.authorId(), actor)) {
            throw new WorkflowRefusal.OwnVersion();
        }
        VersionHead target = action.actsOnPublished() ? published : working;
        List<Step> steps = new ArrayList<>();
        if (action == QuestionAction.PUBLISH && published != null && published.state() == QuestionState.PUBLISHED) {
            steps.add(new Step(published, QuestionState.PUBLISHED, QuestionState.ARCHIVED));
        }
        steps.add(new Step(target, target.state(), target.state().after(action).orElseThrow()));
        return steps;
    }

    private void refuseUnlessAllowed(QuestionAction action) {
        List<QuestionAction> allowed = allowed();
        if (!allowed.contains(action)) {
            throw new WorkflowRefusal.Illegal(action, allowed);
        }
    }
}
