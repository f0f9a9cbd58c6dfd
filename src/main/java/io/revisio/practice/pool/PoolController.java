package io.revisio.practice.pool;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The test builder's counts: questions available per syllabus node for the chosen pools and difficulties. */
@RestController
class PoolController {

    static final String POOL = ApiPaths.V1 + "/practice/pool";

    private final PoolCounts counts;

    PoolController(PoolCounts counts) {
        this.counts = counts;
    }

    @GetMapping(POOL)
    PoolCounts.Counts pool(@AuthenticationPrincipal Jwt token,
            @RequestParam(name = "pools", required = false) List<String> pools,
            @RequestParam(name = "difficulties", required = false) List<Integer> difficulties) {
        return counts.of(UUID.fromString(token.getSubject()), PoolFilter.parse(pools, difficulties));
    }

    @Bean
    static RouteAccess practicePoolRoutes() {
        // Practice is for students; staff preview questions through the question bank instead.
        return () -> List.of(AccessRule.get(POOL, Access.roles(Role.STUDENT.name())));
    }
}
