package io.revisio.content.question;

import io.revisio.shared.problem.ProblemException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The editor page's workflow buttons: submit, approve, request changes, publish, archive and restore. Each step
 * redirects back to the editor with a confirmation, or shows the editor again with the refusal.
 */
@Controller
class QuestionWorkflowPages {

    private static final String QUESTION = QuestionEditorPages.QUESTION;

    private final QuestionBank bank;
    private final QuestionEditorView view;

    QuestionWorkflowPages(QuestionBank bank, QuestionEditorView view) {
        this.bank = bank;
        this.view = view;
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
            return "redirect:" + QuestionEditorPages.QUESTIONS + "/" + id + "?done=" + action.wireName();
        } catch (ProblemException refusal) {
            if (refusal.status() == HttpStatus.NOT_FOUND) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            response.setStatus(EditorRefusals.status(refusal));
            Question question = view.found(id);
            QuestionForm form = view.savedForm(question);
            Map<String, String> errors = EditorRefusals.fieldErrors(refusal);
            String message = errors.isEmpty() ? refusal.getMessage()
                    : refusal.getMessage() + " " + String.join("; ", new ArrayList<>(errors.values())) + ".";
            return view.editor(model, viewer, question, form, errors, null, message, null);
        }
    }
}
