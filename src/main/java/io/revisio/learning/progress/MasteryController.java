package io.revisio.learning.progress;

import io.revisio.identity.Role;
import io.revisio.shared.ApiPaths;
import io.revisio.shared.web.Access;
import io.revisio.shared.web.AccessRule;
import io.revisio.shared.web.RouteAccess;
import java.util.List;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in student's mastery per theme and concept, Elo ability per theme, and weak areas. */
@RestController
class MasteryController {

    static final String MASTERY = ApiPaths.V1 + "/learning/mastery";

    private final MasteryOverview overview;

    MasteryController(MasteryOverview overview) {
        this.overview = overview;
    }

    @GetMapping(MASTERY)
    MasteryOverview.StudentMastery mastery(@AuthenticationPrincipal Jwt token) {
        return overview.of(UUID.fromString(token.getSubject()));
    }

    @Bean
    static RouteAccess masteryRoutes() {
        return () -> List.of(AccessRule.get(MASTERY, Access.roles(Role.STUDENT.name())));
    }
}
