package io.revisio.content.question;

import io.revisio.content.question.QuestionPageViews.ActionButton;
import io.revisio.content.question.QuestionPageViews.Editor;
import io.revisio.content.rendering.QuestionCard;
import io.revisio.content.syllabus.SyllabusLookup;
import io.revisio.identity.AccountNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/**
 * The editor page's model — form, facts, review comments and the workflow buttons the viewer may press —
 * built the same way whether the page is shown, a save is refused or a workflow step is refused.
 */
@Component
class QuestionEditorView {

    private final QuestionRepository questions;
    private final SyllabusLookup syllabus;
    private final AccountNames accounts;

    QuestionEditorView(QuestionRepository questions, SyllabusLookup syllabus, AccountNames accounts) {
        this.questions = questions;
        this.syllabus = syllabus;
        this.accounts = accounts;
    }

    Question found(UUID id) {
        return questions.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The form filled with the question's working version, as it is stored. */
    QuestionForm savedForm(Question question) {
        return QuestionForm.of(working(question).content(), question.working().number());
    }

    String editor(Model model, StaffViewer viewer, Question question, QuestionForm form,
            Map<String, String> errors, String done, String error, QuestionPageViews.Conflict conflict) {
        StoredVersion working = question == null ? null : working(question);
        boolean canEdit = viewer.editor() && (question == null || question.allowed().contains(QuestionAction.EDIT));
        List<ActionButton> actions = new ArrayList<>();
        String fourEyes = null;
        if (question != null) {
            for (QuestionAction action : question.allowed()) {
                if (action == QuestionAction.EDIT || !viewer.may(action)) {
                    continue;
                }
                if (question.working().authorId().equals(viewer.id())
                        && (action == QuestionAction.APPROVE || action == QuestionAction.REQUEST_CHANGES)) {
                    fourEyes = "You wrote this version — someone else must review it.";
                    continue;
                }
                actions.add(button(action));
            }
        }
        QuestionPageViews.Status status = question == null ? null : new QuestionPageViews.Status(
                question.working().number(), QuestionPageViews.label(question.working().state()),
                question.published() == null ? null : question.published().number());
        QuestionCard card = canEdit ? form.card() : QuestionForm.of(working.content(), working.number()).card();
        model.addAttribute("editor", new Editor(question == null ? null : question.id().toString(), canEdit, form,
                errors, done, error, conflict, status, QuestionPageViews.themes(syllabus.forFiling()), actions, fourEyes,
                question == null ? List.of() : comments(question.id(), viewer), card,
                working == null ? List.of() : facts(working)));
        return "content/question-editor";
    }

    private List<QuestionPageViews.VersionComments> comments(UUID id, StaffViewer viewer) {
        List<StoredVersion.Summary> versions = questions.versions(id, io.revisio.shared.paging.PageRequest.of(0, 50))
                .items();
        Map<UUID, String> names = accounts.displayNames(versions.stream()
                .flatMap(version -> version.comments().stream().map(StoredVersion.ReviewComment::authorId)).toList());
        return versions.stream()
                .filter(version -> !version.comments().isEmpty())
                .map(version -> new QuestionPageViews.VersionComments(version.number(),
                        QuestionPageViews.label(version.state()), version.comments().stream()
                        .map(c -> new QuestionPageViews.Comment(QuestionPageViews.who(c.authorId(), viewer.id(), names),
                                c.decision().replace('-', ' '), c.comment(), QuestionPageViews.when(c.createdAt())))
                        .toList()))
                .toList();
    }

    private List<QuestionPageViews.Fact> facts(StoredVersion version) {
        QuestionContent content = version.content();
        String theme = "none";
        List<String> concepts = new ArrayList<>();
        for (QuestionPageViews.ThemeGroup group : QuestionPageViews.themes(syllabus.forFiling())) {
            for (QuestionPageViews.Theme candidate : group.themes()) {
                if (content.themeId() != null && candidate.id().equals(content.themeId().toString())) {
                    theme = group.label() + " › " + candidate.name();
                    candidate.concepts().stream().filter(c -> content.conceptIds().contains(UUID.fromString(c.id())))
                            .forEach(c -> concepts.add(c.name()));
                }
            }
        }
        return List.of(new QuestionPageViews.Fact("Theme", theme),
                new QuestionPageViews.Fact("Concepts", concepts.isEmpty() ? "none" : String.join(", ", concepts)),
                new QuestionPageViews.Fact("Tags", content.tags().isEmpty() ? "none" : String.join(", ", content.tags())),
                new QuestionPageViews.Fact("Difficulty", content.difficulty() == null ? "not set"
                        : content.difficulty() + " of 5"),
                new QuestionPageViews.Fact("External id", content.externalId() == null ? "none" : content.externalId()),
                new QuestionPageViews.Fact("Written by", QuestionPageViews.who(version.authorId(), null,
                        accounts.displayNames(List.of(version.authorId()))) + ", "
                        + QuestionPageViews.when(version.createdAt())));
    }

    private static ActionButton button(QuestionAction action) {
        return switch (action) {
            case SUBMIT -> new ActionButton("submit", "Submit for review", false, false,
                    "Submits the saved version; save your changes first.");
            case APPROVE -> new ActionButton("approve", "Approve", true, false, "A comment is optional.");
            case REQUEST_CHANGES -> new ActionButton("request-changes", "Request changes", true, true,
                    "Say what needs to change.");
            case PUBLISH -> new ActionButton("publish", "Publish", false, false,
                    "Students get this version from now on.");
            case ARCHIVE -> new ActionButton("archive", "Archive", false, false,
                    "Students no longer get the question.");
            case RESTORE -> new ActionButton("restore", "Restore", false, false,
                    "Publishes the archived version again.");
            case EDIT -> throw new IllegalArgumentException("an edit is the form itself");
        };
    }

    private StoredVersion working(Question question) {
        return questions.version(question.working().id()).orElseThrow();
    }
}
