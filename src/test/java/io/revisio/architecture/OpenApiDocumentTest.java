package io.revisio.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.testing.Api;
import io.revisio.testing.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The OpenAPI document describes the JSON API, and only it. */
@IntegrationTest
class OpenApiDocumentTest {

    @Autowired
    MockMvc mvc;

    @Test
    void describesTheApiUnderItsPrefix() {
        Api.Response document = new Api(mvc).get("/api/v1/openapi.json", null);
        assertThat(document.status()).isEqualTo(200);
        assertThat(document.<String>json("$.openapi")).startsWith("3.");
        Map<String, Object> paths = document.json("$.paths");
        assertThat(paths).containsKeys("/api/v1/auth/login", "/api/v1/auth/refresh", "/api/v1/me", "/api/v1/syllabus");
        assertThat(paths.keySet()).allSatisfy(path -> assertThat(path).startsWith("/api/"));
    }
}
