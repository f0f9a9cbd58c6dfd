package io.revisio.testing;

import static io.revisio.shared.web.Access.anyone;

import io.revisio.shared.ApiPaths;
import io.revisio.shared.web.AccessRule;
import io.revisio.shared.web.RouteAccess;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test-only routes that exercise the HTTP contract: a JSON endpoint with validation, one that fails
 * unexpectedly, and one that deliberately has no access rule.
 */
@RestController
public class ProbeController {

    public static final String ECHO = ApiPaths.V1 + "/test/echo";
    public static final String BROKEN = ApiPaths.V1 + "/test/broken";
    public static final String UNRULED = ApiPaths.V1 + "/test/unruled";
    public static final String THREAD = ApiPaths.V1 + "/test/thread";

    public record Note(@NotBlank String text, @Min(1) @Max(5) int stars) {
    }

    @PostMapping(ECHO)
    Note echo(@Valid @RequestBody Note note) {
        return note;
    }

    @GetMapping(BROKEN)
    Map<String, String> broken() {
        throw new IllegalStateException("secret internal detail jdbc:postgresql://db");
    }

    @GetMapping(THREAD)
    Map<String, String> thread() {
        return Map.of("thread", Thread.currentThread().toString());
    }

    @GetMapping(UNRULED)
    Map<String, String> unruled() {
        return Map.of("reached", "yes");
    }

    @Bean
    RouteAccess probeRoutes() {
        return () -> List.of(AccessRule.post(ECHO, anyone()), AccessRule.get(BROKEN, anyone()),
                AccessRule.get(THREAD, anyone()));
    }
}
