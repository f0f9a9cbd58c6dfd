package io.revisio.content.question;

import io.revisio.content.question.QuestionPageViews.ActionButton;
import io.revisio.content.question.QuestionPageViews.Editor;
import io.revisio.content.rendering.QuestionCard;
import io.revisio.content.syllabus.SyllabusLookup;
import io.revisio.identity.AccountNames;
import io.revisio.shared.problem.ProblemException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The question editor: write a question, see it as students will while typing, save it as a new version,
 * and move it through review. Saves and workflow steps redirect back with a confirmation, or show the
 * form again, with the editor's text, and the refusal beside the field it concerns.
 */
@Controller
class QuestionEditorPages {

    static final String QUESTIONS = "/admin/questions";
    static final String NEW = QUESTIONS + "/new";
    static final String PREVIEW = QUESTIONS + "/preview";
    static final String QUESTION = QUESTIONS + "/{id}";

    private static final Map<String, String> DONE = Map.of(
            "created", "The question is saved as a draft.",
            "saved", "Your changes are saved as a new version.",
            "submit", "The question is submitted for review.",
            "approve", "The version is approved and can be published.",
            "request-changes", "Changes are requested; the author sees your comment.",
            "publish", "The version is published: students get it now.",
            "archive", "The question is archived: students no longer get it.",
            "restore", "The question is published again.");

    private final QuestionBank bank;
    private final QuestionRepository questions;
    private final SyllabusLookup syllabus;
    private final Validator validator;
    private final AccountNames accounts;

    QuestionEditorPages(QuestionBank bank, QuestionRepository questions, SyllabusLookup syllabus, Validator validator,
            AccountNames accounts) {
        this.accounts = accounts;
        this.bank = bank;
        this.questions = questions;
        this.syllabus = syllabus;
        this.validator = validator;
    }

    @GetMapping(NEW)
    String blank(Authentication viewer, Model model) {
        return editor(model, StaffViewer.of(viewer), null, QuestionForm.empty(), Map.of(), null, null, null);
    }

    @PostMapping(NEW)
    String create(Authentication viewer, @ModelAttribute QuestionForm form, HttpServletResponse response,
            Model model) {
        return save(StaffViewer.of(viewer), null, form, response, model);
    }

    /** The card as students would see what is typed now; the editor asks for it while the editor types. */
    @PostMapping(PREVIEW)
    String preview(@ModelAttribute QuestionForm form, Model model) {
        model.addAttribute("card", form.card());
        return "content/question-card";
    }

    @GetMapping(QUESTION)
    String show(Authentication viewer, @PathVariable UUID id, @RequestParam(required = false) String done,
            Model model) {
        StaffViewer staff = StaffViewer.of(viewer);
        Question question = found(id);
        QuestionForm form = QuestionForm.of(working(question).content(), question.working().number());
        return editor(model, staff, question, form, Map.of(), done == null ? null : DONE.get(done), null, null);
    }

    @PostMapping(QUESTION)
    String edit(Authentication viewer, @PathVariable UUID id, @ModelAttribute QuestionForm form,
            HttpServletResponse response, Model model) {
        return save(StaffViewer.of(viewer), id, form, response, model);
    }

    @PostMapping(QUESTION + "/submit")
    String submit(Authentication viewer, @PathVariable UUID id, HttpServletResponse response, Model model) {
        return act(StaffViewer.of(viewer), id, QuestionAction.SUBMIT, null, response, model);
    }

    @PostMapping(QUESTION + "/approve")
    String approve(Authentication viewer, @PathVariable UUID id, @RequestParam(required = false) String comment,
            HttpServletResponse response, Model model) {
        return act(StaffViewer.of(viewer), id, QuestionAction.APPROVE, comment, response, model);
    }

    @PostMapping(QUESTION + "/request-changes")
    String requestChanges(Authentication viewer, @PathVariable UUID id,
            @RequestParam(required = false) String comment, HttpServletResponse response, Model model) {
        return act(StaffViewer.of(viewer), id, QuestionAction.REQUEST_CHANGES, comment, response, model);
    }

    @PostMapping(QUESTION + "/publish")
    String publish(Authentication viewer, @PathVariable UUID id, HttpServletResponse response, Model model) {
        return act(StaffViewer.of(viewer), id, QuestionAction.PUBLISH, null, response, model);
    }

    @PostMapping(QUESTION + "/archive")
    String archive(Authentication viewer, @PathVariable UUID id, HttpServletResponse response, Model model) {
        return act(StaffViewer.of(viewer), id, QuestionAction.ARCHIVE, null, response, model);
    }

    @PostMapping(QUESTION + "/restore")
    String restore(Authentication viewer, @PathVariable UUID id, HttpServletResponse response, Model model) {
        return act(StaffViewer.of(viewer), id, QuestionAction.RESTORE, null, response, model);
    }

    private String save(StaffViewer viewer, UUID id, QuestionForm form, HttpServletResponse response, Model model) {
        Question question = id == null ? null : found(id);
        Map<String, String> errors = new LinkedHashMap<>();
        QuestionContent content = form.content(errors);
        for (ConstraintViolation<QuestionContent> violation : validator.validate(content)) {
            errors.putIfAbsent(field(violation.getPropertyPath().toString()), violation.getMessage());
        }
        if (question != null && form.versionNumber() == null) {
            errors.putIfAbsent("version", "the form lost the version it started from; reload the question");
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return editor(model, viewer, question, form, errors, null, "Some fields need your attention.", null);
        }
        try {
            if (question == null) {
                return "redirect:" + QUESTIONS + "/" + bank.create(viewer.id(), content).id() + "?done=created";
            }
            bank.edit(viewer.id(), id, OptionalLong.of(form.versionNumber()), content);
            return "redirect:" + QUESTIONS + "/" + id + "?done=saved";
        } catch (ProblemException refusal) {
            response.setStatus(status(refusal));
            Question now = id == null ? null : found(id);
            if (refusal.status() == HttpStatus.PRECONDITION_FAILED && now != null) {
                // Keep what the editor typed; saving again now would knowingly replace the newer version.
                QuestionForm onTop = withVersion(form, now.working().number());
                return editor(model, viewer, now, onTop, Map.of(), null, null, new QuestionPageViews.Conflict(
                        String.valueOf(now.working().number()), QuestionPageViews.label(now.working().state())));
            }
            return editor(model, viewer, now, form, fieldErrors(refusal), null, refusal.getMessage(), null);
        }
    }

    private String act(StaffViewer viewer, UUID id, QuestionAction action, String comment,
            HttpServletResponse response, Model model) {
        String words = comment == null || comment.isBlank() ? null : comment.strip();
        try {
            if (action == QuestionAction.REQUEST_CHANGES && words == null) {
                throw ProblemException.invalidField("comment", "required", "say what needs to change");
            }
            if (words != null && words.length() > 5_000) {
                throw ProblemException.invalidField("comment", "Size", "keep the comment under 5,000 characters");
            }
            bank.act(viewer.id(), id, action, words);
            return "redirect:" + QUESTIONS + "/" + id + "?done=" + action.wireName();
        } catch (ProblemException refusal) {
            if (refusal.status() == HttpStatus.NOT_FOUND) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            response.setStatus(status(refusal));
            Question question = found(id);
            QuestionForm form = QuestionForm.of(working(question).content(), question.working().number());
            Map<String, String> errors = fieldErrors(refusal);
            String message = errors.isEmpty() ? refusal.getMessage()
                    : refusal.getMessage() + " " + String.join("; ", new ArrayList<>(errors.values())) + ".";
            return editor(model, viewer, question, form, errors, null, message, null);
        }
    }

    private String editor(Model model, StaffViewer viewer, Question question, QuestionForm form,
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

    private Question found(UUID id) {
        return questions.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private StoredVersion working(Question question) {
        return questions.version(question.working().id()).orElseThrow();
    }

    private static QuestionForm withVersion(QuestionForm form, int version) {
        return new QuestionForm(form.stem(), form.option(), form.correct(), form.explanation(), form.references(),
                form.tags(), form.themeId(), form.conceptIds(), form.difficulty(), form.externalId(),
                String.valueOf(version));
    }

    /** The field errors a refusal names, keyed as the form's fields are. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> fieldErrors(ProblemException refusal) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (refusal.properties().get("errors") instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> error) {
                    errors.putIfAbsent(field(String.valueOf(error.get("field"))), String.valueOf(error.get("message")));
                }
            }
        }
        if ("question-external-id-taken".equals(refusal.type())) {
            errors.put("externalId", "another question already has this external id");
        }
        return errors;
    }

    /** {@code options[2].text} is shown beside the options, {@code tags[0]} beside the tags, and so on. */
    private static String field(String path) {
        int end = path.length();
        for (char stop : new char[] {'[', '.'}) {
            int at = path.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return path.substring(0, end);
    }

    /** 401 and 403 on pages mean access control only; a refusal of the form itself is shown with its form. */
    private static int status(ProblemException refusal) {
        int status = refusal.status().value();
        return status == 401 || status == 403 ? 200 : status;
    }
}
