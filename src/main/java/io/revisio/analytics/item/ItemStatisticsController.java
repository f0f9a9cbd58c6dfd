package io.revisio.analytics.item;

import io.revisio.identity.Role;
import io.revisio.shared.ApiPaths;
import io.revisio.shared.paging.Page;
import io.revisio.shared.problem.ProblemException;
import io.revisio.shared.web.Access;
import io.revisio.shared.web.AccessRule;
import io.revisio.shared.web.RouteAccess;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Item statistics for the people who write, review and publish questions: a filtered, sorted, paged list, and
 * one question with the option shares of each version. Parameters: see {@link ItemListParameters} and
 * docs/analytics/item-statistics.md.
 */
@RestController
class ItemStatisticsController {

    static final String LIST = ApiPaths.V1 + "/admin/item-statistics";
    static final String ONE = LIST + "/{questionId}";

    /** Editors, reviewers and admins: the same people who see the question bank. */
    static final Access STAFF = Access.roles(Role.REVIEWER.name(), Role.EDITOR.name(), Role.ADMIN.name());

    private final ItemReport report;

    ItemStatisticsController(ItemReport report) {
        this.report = report;
    }

    @GetMapping(LIST)
    Page<ItemSummary> list(@Valid @ModelAttribute ItemListParameters parameters) {
        return report.list(parameters.query(report));
    }

    @GetMapping(ONE)
    ItemDetail one(@PathVariable UUID questionId) {
        return report.detail(questionId).orElseThrow(() -> notFound(questionId));
    }

    static ProblemException notFound(UUID questionId) {
        return new ProblemException(HttpStatus.NOT_FOUND, "item-statistics-not-found",
                "No answers to question " + questionId + " have been counted.");
    }

    @Bean
    static RouteAccess itemStatisticsRoutes() {
        return () -> List.of(AccessRule.get(LIST, STAFF), AccessRule.get(ONE, STAFF));
    }
}
