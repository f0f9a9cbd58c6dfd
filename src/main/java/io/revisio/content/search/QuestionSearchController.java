package io.revisio.content.search;

import io.revisio.identity.Role;
import io.revisio.shared.ApiPaths;
import io.revisio.shared.web.Access;
import io.revisio.shared.web.AccessRule;
import io.revisio.shared.web.RouteAccess;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The question bank's search for staff. Parameters: q, status (repeatable), node, tag (repeatable), author,
 * difficulty (repeatable), difficultyMin, difficultyMax, updatedFrom, updatedTo, size, cursor; see
 * docs/content/questions.md.
 */
@RestController
class QuestionSearchController {

    static final String QUESTIONS = ApiPaths.V1 + "/admin/questions";

    private final QuestionSearch search;

    QuestionSearchController(QuestionSearch search) {
        this.search = search;
    }

    @GetMapping(QUESTIONS)
    SearchResult search(@RequestParam MultiValueMap<String, String> query) {
        return search.search(search.criteria(query), query.getFirst("cursor"));
    }

    @Bean
    static RouteAccess questionSearchRoutes() {
        Access staff = Access.roles(Role.REVIEWER.name(), Role.EDITOR.name(), Role.ADMIN.name());
        return () -> List.of(AccessRule.get(QUESTIONS, staff), AccessRule.get(QuestionListPage.LIST, staff));
    }
}
