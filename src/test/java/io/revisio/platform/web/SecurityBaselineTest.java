package io.revisio.platform.web;

import static io.revisio.platform.web.RequestIdTest.remote;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.revisio.testing.IntegrationTest;
import io.revisio.testing.ProbeController;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class SecurityBaselineTest {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = {"/", "/api/v1/health", "/api/v1/no-such-route", "/css/revisio.css", "/no-such-page"})
    void everyResponseCarriesTheSecurityHeaders(String path) throws Exception {
        mvc.perform(get(path))
                .andExpect(header().string("Content-Security-Policy", allOf(
                        containsString("default-src 'self'"),
                        containsString("script-src 'self'"),
                        containsString("frame-ancestors 'none'"),
                        not(containsString("unsafe-inline")),
                        not(containsString("unsafe-eval")))))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }

    @Test
    void hstsOnlyOverHttps() throws Exception {
        mvc.perform(get("/api/v1/health")).andExpect(header().doesNotExist("Strict-Transport-Security"));
        mvc.perform(get("/api/v1/health").secure(true))
                .andExpect(header().string("Strict-Transport-Security", containsString("max-age=31536000")));
    }

    @Test
    void httpsForwardedByATrustedProxyGetsHsts() throws Exception {
        mvc.perform(get("/api/v1/health").header("X-Forwarded-Proto", "https").with(remote("127.0.0.1")))
                .andExpect(header().exists("Strict-Transport-Security"));
    }

    @Test
    void httpsClaimedByAStrangerIsIgnored() throws Exception {
        mvc.perform(get("/api/v1/health").header("X-Forwarded-Proto", "https").with(remote("203.0.113.9")))
                .andExpect(header().doesNotExist("Strict-Transport-Security"));
    }

    @Test
    void aRouteWithoutAnAccessRuleIsUnreachable() throws Exception {
        mvc.perform(get(ProbeController.UNRULED))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("urn:revisio:problem:unauthenticated"))
                .andExpect(jsonPath("$.reached").doesNotExist());
    }

    @Test
    void corsAllowsOnlyTheConfiguredOrigins() throws Exception {
        mvc.perform(options("/api/v1/health").header("Origin", "https://app.revisio.test")
                        .header("Access-Control-Request-Method", "GET"))
                .andExpect(status().isOk())
                .andExpect(header().string("Access-Control-Allow-Origin", "https://app.revisio.test"));
        mvc.perform(options("/api/v1/health").header("Origin", "https://evil.example")
                        .header("Access-Control-Request-Method", "GET"))
                .andExpect(status().isForbidden())
                .andExpect(header().doesNotExist("Access-Control-Allow-Origin"));
    }
}
