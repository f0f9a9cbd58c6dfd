package io.revisio.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.shared.web.RouteAccess;
import io.revisio.testing.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** docs/api/routes.md is what the application really serves; it cannot drift. */
@IntegrationTest
class RoutesDocumentationTest {

    static final Path DOCUMENT = Path.of("docs", "api", "routes.md");

    @Autowired
    RequestMappingHandlerMapping mapping;

    @Autowired
    List<RouteAccess> access;

    @Test
    void committedRouteDocumentationMatchesTheApplication() throws Exception {
        String generated = RouteTable.of(mapping, access).withoutPackage("io.revisio.testing.").markdown();
        if (Boolean.getBoolean("revisio.docs.update")) {
            Files.createDirectories(DOCUMENT.getParent());
            Files.writeString(DOCUMENT, generated);
        }
        assertThat(DOCUMENT).as("run ./mvnw verify -Drevisio.docs.update=true and commit the result").exists();
        assertThat(Files.readString(DOCUMENT))
                .as("docs/api/routes.md is stale: run ./mvnw verify -Drevisio.docs.update=true and commit it")
                .isEqualTo(generated);
    }

    @Test
    void everyRouteHasAnAccessRule() {
        assertThat(RouteTable.of(mapping, access).withoutPackage("io.revisio.testing.").routes())
                .allSatisfy(route -> assertThat(route.access())
                        .as(route.method() + " " + route.path()).doesNotStartWith("nobody"));
    }
}
