package io.revisio.content.question;

import io.revisio.shared.problem.ProblemException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
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

/**
 * The question editor: write a question, see it as students will while typing, and save it as a new version.
 * A save redirects back with a confirmation, or shows the form again, with the editor's text, and the refusal
 * beside the field it concerns. The review steps are {@link QuestionWorkflowPages}.
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
    private final QuestionEditorView view;
    private final Validator validator;

    QuestionEditorPages(QuestionBank bank, QuestionEditorView view, Validator validator) {
        this.bank = bank;
        this.view = view;
        this.validator = validator;
    }

    @GetMapping(NEW)
    String blank(Authentication viewer, Model model) {
        return view.editor(model, StaffViewer.of(viewer), null, QuestionForm.empty(), Map.of(), null, null, null);
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
        Question question = view.found(id);
        QuestionForm form = view.savedForm(question);
        return view.editor(model, staff, question, form, Map.of(), done == null ? null : DONE.get(done), null, null);
    }

    @PostMapping(QUESTION)
    String edit(Authentication viewer, @PathVariable UUID id, @ModelAttribute QuestionForm form,
            HttpServletResponse response, Model model) {
        return save(StaffViewer.of(viewer), id, form, response, model);
    }

    private String save(StaffViewer viewer, UUID id, QuestionForm form, HttpServletResponse response, Model model) {
        Question question = id == null ? null : view.found(id);
        Map<String, String> errors = new LinkedHashMap<>();
        QuestionContent content = form.content(errors);
        for (ConstraintViolation<QuestionContent> violation : validator.validate(content)) {
            errors.putIfAbsent(EditorRefusals.field(violation.getPropertyPath().toString()), violation.getMessage());
        }
        if (question != null && form.versionNumber() == null) {
            errors.putIfAbsent("version", "the form lost the version it started from; reload the question");
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return view.editor(model, viewer, question, form, errors, null, "Some fields need your attention.", null);
        }
        try {
            if (question == null) {
                return "redirect:" + QUESTIONS + "/" + bank.create(viewer.id(), content).id() + "?done=created";
            }
            bank.edit(viewer.id(), id, OptionalLong.of(form.versionNumber()), content);
            return "redirect:" + QUESTIONS + "/" + id + "?done=saved";
        } catch (ProblemException refusal) {
            response.setStatus(EditorRefusals.status(refusal));
            Question now = id == null ? null : view.found(id);
            if (refusal.status() == HttpStatus.PRECONDITION_FAILED && now != null) {
                // Keep what the editor typed; saving again now would knowingly replace the newer version.
                QuestionForm onTop = withVersion(form, now.working().number());
                return view.editor(model, viewer, now, onTop, Map.of(), null, null, new QuestionPageViews.Conflict(
                        String.valueOf(now.working().number()), QuestionPageViews.label(now.working().state())));
            }
            return view.editor(model, viewer, now, form, EditorRefusals.fieldErrors(refusal), null,
                    refusal.getMessage(), null);
        }
    }

    private static QuestionForm withVersion(QuestionForm form, int version) {
        return new QuestionForm(form.stem(), form.option(), form.correct(), form.explanation(), form.references(),
                form.tags(), form.themeId(), form.conceptIds(), form.difficulty(), form.externalId(),
                String.valueOf(version));
    }
}
