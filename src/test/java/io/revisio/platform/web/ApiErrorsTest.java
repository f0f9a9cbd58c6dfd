package io.revisio.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.revisio.testing.IntegrationTest;
import io.revisio.testing.ProbeController;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@IntegrationTest
class ApiErrorsTest {

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    @Test
    void validBodyIsAccepted() throws Exception {
        mvc.perform(post(ProbeController.ECHO).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"hello\",\"stars\":3}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.text").value("hello"));
    }

    @Test
    void malformedJsonIs400Problem() throws Exception {
        expectProblem(mvc.perform(post(ProbeController.ECHO).contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\": ")), 400, "bad-request");
    }

    @Test
    void invalidFieldsAre400WithFieldErrors() throws Exception {
        expectProblem(mvc.perform(post(ProbeController.ECHO).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"\",\"stars\":9}")), 400, "validation-failed")
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[?(@.field == 'text')].code").value("NotBlank"))
                .andExpect(jsonPath("$.errors[?(@.field == 'stars')].code").value("Max"));
    }

    @Test
    void wrongMediaTypeIs415Problem() throws Exception {
        expectProblem(mvc.perform(post(ProbeController.ECHO).contentType(MediaType.TEXT_PLAIN).content("hi")),
                415, "unsupported-media-type");
    }

    // Unknown routes and wrong methods reach the servlet container's error handling, which only a real
    // HTTP request exercises.
    @Test
    void unknownApiRouteIs404Problem() throws Exception {
        HttpResponse<String> response = send("GET", "/api/v1/no-such-thing", "application/json");
        assertProblem(response, 404, "not-found");
        assertThat(JsonPath.<String>read(response.body(), "$.instance")).isEqualTo("/api/v1/no-such-thing");
    }

    @Test
    void wrongMethodIs405ProblemNamingTheAllowedOnes() throws Exception {
        HttpResponse<String> response = send("DELETE", ProbeController.ECHO, "application/json");
        assertProblem(response, 405, "method-not-allowed");
        assertThat(response.headers().firstValue("Allow")).hasValue("POST");
    }

    @Test
    void declaredBodyOverTheLimitIs413Problem() throws Exception {
        byte[] body = new byte[1024 * 1024 + 1];
        expectProblem(mvc.perform(post(ProbeController.ECHO).contentType(MediaType.APPLICATION_JSON).content(body)),
                413, "payload-too-large");
    }

    @Test
    void chunkedBodyGrowingOverTheLimitIs413Problem() throws Exception {
        InputStream endless = new InputStream() {
            private long sent;

            @Override
            public int read() {
                return sent++ == 0 ? '"' : 'a';
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (sent > 3L * 1024 * 1024) {
                    return -1;
                }
                for (int i = 0; i < length; i++) {
                    buffer[offset + i] = (byte) read();
                }
                return length;
            }
        };
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + ProbeController.ECHO))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> endless))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("urn:revisio:problem:payload-too-large");
    }

    @Test
    void unexpectedFailureIs500WithoutAnyInternalDetail() throws Exception {
        String body = expectProblem(mvc.perform(get(ProbeController.BROKEN)), 500, "internal-error")
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("secret internal detail", "jdbc", "Exception", "at io.revisio");
    }

    @Test
    void unknownPageIsAnHtmlPage() throws Exception {
        HttpResponse<String> response = send("GET", "/no-such-page", "text/html");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("There is nothing at this address.")
                .contains(response.headers().firstValue(RequestIds.HEADER).orElseThrow());
    }

    private HttpResponse<String> send(String method, String path, String accept) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", accept)
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                contentType -> assertThat(contentType).startsWith("application/problem+json"));
        String requestId = response.headers().firstValue(RequestIds.HEADER).orElseThrow();
        assertThat(JsonPath.<String>read(response.body(), "$.type")).isEqualTo("urn:revisio:problem:" + type);
        assertThat(JsonPath.<Integer>read(response.body(), "$.status")).isEqualTo(status);
        assertThat(JsonPath.<String>read(response.body(), "$.requestId")).isEqualTo(requestId);
        assertThat(response.body()).doesNotContain("trace").doesNotContain("exception");
    }

    private static ResultActions expectProblem(ResultActions result, int status, String type) throws Exception {
        String requestId = result.andReturn().getResponse().getHeader(RequestIds.HEADER);
        assertThat(requestId).isNotBlank();
        return result.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:revisio:problem:" + type))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.title").isNotEmpty())
                .andExpect(jsonPath("$.requestId").value(requestId))
                .andExpect(jsonPath("$.trace").doesNotExist())
                .andExpect(jsonPath("$.exception").doesNotExist());
    }
}
