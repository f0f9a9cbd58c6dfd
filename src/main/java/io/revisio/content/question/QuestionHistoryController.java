package io.revisio.content.question;

import io.revisio.identity.Role;
import io.revisio.shared.problem.ProblemException;
import io.revisio.shared.web.Access;
import io.revisio.shared.web.AccessRule;
import io.revisio.shared.web.RouteAccess;
import java.util.List;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A question's history for staff: one version in full, and the field-by-field diff between two. */
@RestController
class QuestionHistoryController {

    static final String VERSION = QuestionAdminController.QUESTION + "/versions/{number}";
    static final String DIFF = QuestionAdminController.QUESTION + "/diff";

    private final QuestionHistory history;

    QuestionHistoryController(QuestionHistory history) {
        this.history = history;
    }

    /**
     * @param changes how many fields differ; {@code fields} lists every field, changed or not
     */
    record DiffView(UUID questionId, StoredVersion.Summary from, StoredVersion.Summary to, long changes,
            List<VersionDiff.FieldChange> fields) {

        static DiffView of(UUID questionId, QuestionHistory.Comparison comparison) {
            return new DiffView(questionId, comparison.from().summary(), comparison.to().summary(),
                    comparison.diff().changes(), comparison.diff().fields());
        }
    }

    @GetMapping(VERSION)
    StoredVersion version(@PathVariable UUID id, @PathVariable String number) {
        return history.version(id, versionNumber("number", number));
    }

    @GetMapping(DIFF)
    DiffView diff(@PathVariable UUID id, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        int before = versionNumber("from", from);
        int after = versionNumber("to", to);
        return DiffView.of(id, history.compare(id, before, after));
    }

    /** A version number as sent: required, a whole number from 1; anything else names the parameter. */
    static int versionNumber(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            throw ProblemException.invalidField(name, "required", "give a version number");
        }
        try {
            int number = Integer.parseInt(raw.strip());
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // falls through to the refusal below
        }
        throw ProblemException.invalidField(name, "invalid", "must be a version number, 1 or more");
    }

    @Bean
    static RouteAccess questionHistoryRoutes() {
        Access staff = Access.roles(Role.REVIEWER.name(), Role.EDITOR.name(), Role.ADMIN.name());
        return () -> List.of(AccessRule.get(VERSION, staff), AccessRule.get(DIFF, staff),
                AccessRule.get(QuestionHistoryPages.HISTORY, staff));
    }
}
