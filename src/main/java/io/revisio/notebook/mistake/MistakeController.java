package io.revisio.notebook.mistake;

import io.revisio.identity.Role;
import io.revisio.shared.ApiPaths;
import io.revisio.shared.problem.ProblemException;
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

/** The signed-in student's mistakes notebook, filtered by block, theme, type and status. */
@RestController
class MistakeController {

    static final String MISTAKES = ApiPaths.V1 + "/mistakes";

    private final MistakeRepository mistakes;

    MistakeController(MistakeRepository mistakes) {
        this.mistakes = mistakes;
    }

    record Mistakes(List<MistakeRepository.Mistake> mistakes) {
    }

    @GetMapping(MISTAKES)
    Mistakes list(@AuthenticationPrincipal Jwt token,
            @RequestParam(name = "block", required = false) UUID block,
            @RequestParam(name = "theme", required = false) UUID theme,
            @RequestParam(name = "type", required = false) String type,
            @RequestParam(name = "status", required = false) String status) {
        MistakeClassification.Rule rule = null;
        if (type != null) {
            rule = MistakeClassification.Rule.named(type);
            if (rule == null) {
                throw ProblemException.invalidField("type", "unknownType", "must be one of "
                        + String.join(", ", java.util.Arrays.stream(MistakeClassification.Rule.values())
                                .map(MistakeClassification.Rule::wireName).toList()));
            }
        }
        Boolean open = null;
        if (status != null) {
            if (!status.equals("open") && !status.equals("resolved")) {
                throw ProblemException.invalidField("status", "unknownStatus", "must be open or resolved");
            }
            open = status.equals("open");
        }
        return new Mistakes(mistakes.list(UUID.fromString(token.getSubject()),
                new MistakeRepository.Filter(block, theme, rule, open)));
    }

    @Bean
    static RouteAccess mistakeRoutes() {
        // The notebook is the student's own: it is kept from their practice sessions, which are students' only.
        return () -> List.of(AccessRule.get(MISTAKES, Access.roles(Role.STUDENT.name())));
    }
}
