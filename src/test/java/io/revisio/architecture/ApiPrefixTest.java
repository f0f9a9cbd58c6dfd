package io.revisio.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.shared.ApiPaths;
import io.revisio.shared.web.RouteAccess;
import io.revisio.testing.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every JSON endpoint lives under the one API prefix, and no page hides under /api. */
@IntegrationTest
class ApiPrefixTest {

    @Autowired
    RequestMappingHandlerMapping mapping;

    @Autowired
    List<RouteAccess> access;

    @Test
    void everyJsonEndpointIsUnderTheApiPrefix() {
        List<RouteTable.Route> routes = RouteTable.of(mapping, access).routes();
        assertThat(routes).isNotEmpty();
        List<RouteTable.Route> json = routes.stream()
                .filter(RouteTable.Route::json)
                .filter(route -> !ErrorController.class.isAssignableFrom(route.handler().getBeanType()))
                .toList();
        assertThat(json).isNotEmpty().allSatisfy(route -> assertThat(route.path())
                .as(route.method() + " " + route.path() + " served by " + route.handler())
                .satisfiesAnyOf(
                        path -> assertThat(path).startsWith(ApiPaths.V1 + "/"),
                        path -> assertThat(path).isEqualTo(ApiPaths.HEALTH)));
    }

    @Test
    void noPageIsServedUnderApi() {
        assertThat(RouteTable.of(mapping, access).routes()).filteredOn(route -> !route.json())
                .allSatisfy(route -> assertThat(route.path()).doesNotStartWith("/api"));
    }
}
