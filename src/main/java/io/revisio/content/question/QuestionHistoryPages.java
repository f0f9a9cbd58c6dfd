package io.revisio.content.question;

import io.revisio.identity.AccountNames;
import io.revisio.shared.problem.ProblemException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The history page: every version of a question, and the diff between two of them (the one before the
 * latest and the latest, unless others are picked), showing the changed fields unless all are asked for.
 */
@Controller
class QuestionHistoryPages {

    static final String HISTORY = "/admin/questions/{id}/history";

    private final QuestionHistory history;
    private final QuestionRepository questions;
    private final AccountNames accounts;

    QuestionHistoryPages(QuestionHistory history, QuestionRepository questions, AccountNames accounts) {
        this.history = history;
        this.questions = questions;
        this.accounts = accounts;
    }

    @GetMapping(HISTORY)
    String history(@PathVariable UUID id, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String all,
            HttpServletResponse response, Model model) {
        List<StoredVersion.Summary> versions;
        try {
            versions = history.versions(id);
        } catch (ProblemException missing) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        int latest = versions.get(0).number();
        boolean showAll = "true".equals(all);
        model.addAttribute("questionId", id.toString());
        Set<UUID> people = new HashSet<>();
        versions.forEach(version -> {
            people.add(version.authorId());
            version.comments().forEach(comment -> people.add(comment.authorId()));
        });
        Map<UUID, String> names = accounts.displayNames(people);
        model.addAttribute("versions", versions.stream().map(version -> QuestionHistoryViews.VersionRow.of(version, names))
                .toList());
        model.addAttribute("all", showAll);
        model.addAttribute("diff", null);
        model.addAttribute("error", null);
        try {
            int after = to == null ? latest : QuestionHistoryController.versionNumber("to", to);
            int before = from == null ? Math.max(1, after - 1) : QuestionHistoryController.versionNumber("from", from);
            model.addAttribute("from", before);
            model.addAttribute("to", after);
            QuestionHistory.Comparison comparison = history.compare(id, before, after);
            model.addAttribute("diff", QuestionHistoryViews.diff(comparison, showAll, nodeNames(comparison)));
        } catch (ProblemException refusal) {
            response.setStatus(refusal.status().value());
            model.addAttribute("from", Math.max(1, latest - 1));
            model.addAttribute("to", latest);
            model.addAttribute("error", (refusal.status() == HttpStatus.BAD_REQUEST ? describe(refusal)
                    : refusal.getMessage()) + " Pick two of the versions listed.");
        }
        return "content/question-history";
    }

    private Map<UUID, String> nodeNames(QuestionHistory.Comparison comparison) {
        Set<UUID> ids = new HashSet<>();
        for (StoredVersion version : List.of(comparison.from(), comparison.to())) {
            if (version.content().themeId() != null) {
                ids.add(version.content().themeId());
            }
            ids.addAll(version.content().conceptIds());
        }
        return questions.nodeNames(ids);
    }

    /** The field and why, from a one-field validation problem. */
    private static String describe(ProblemException refusal) {
        Object errors = refusal.properties().get("errors");
        if (errors instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof java.util.Map<?, ?> error) {
            return "Version “" + error.get("field") + "” " + error.get("message") + ".";
        }
        return refusal.getMessage();
    }
}
