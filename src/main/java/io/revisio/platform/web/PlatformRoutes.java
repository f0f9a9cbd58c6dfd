package io.revisio.platform.web;

import static io.revisio.shared.web.Access.anyone;

import io.revisio.shared.ApiPaths;
import io.revisio.shared.web.AccessRule;
import io.revisio.shared.web.RouteAccess;
import java.util.List;
import org.springframework.stereotype.Component;

/** Access rules of the routes the platform serves itself. */
@Component
class PlatformRoutes implements RouteAccess {

    @Override
    public List<AccessRule> rules() {
        return List.of(
                AccessRule.get("/", anyone()),
                AccessRule.any("/error", anyone()),
                AccessRule.get(ApiPaths.HEALTH, anyone()),
                AccessRule.get(ApiPaths.V1 + "/health", anyone()),
                AccessRule.get(ApiPaths.V1 + "/health/ready", anyone()),
                AccessRule.get(ApiPaths.V1 + "/openapi.json", anyone()),
                AccessRule.get(ApiPaths.V1 + "/openapi.json.yaml", anyone()),
                AccessRule.get("/css/**", anyone()),
                AccessRule.get("/img/**", anyone()),
                AccessRule.get("/js/**", anyone()),
                AccessRule.get("/webjars/**", anyone()),
                // Served only on the management port, which binds to loopback by default.
                AccessRule.get("/actuator/**", anyone()));
    }
}
