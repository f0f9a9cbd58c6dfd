package io.revisio.content.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import io.revisio.testing.Api;
import io.revisio.testing.RealCsrf;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** Uploads, a syllabus of the test's own, and waiting for the import worker. */
final class TransferFixtures {

    static final String IMPORTS = "/api/v1/admin/imports";

    private final MockMvc mvc;
    private final Api api;
    private final JdbcClient jdbc;
    private final ImportWorker worker;
    final String prefix;

    TransferFixtures(MockMvc mvc, JdbcClient jdbc, ImportWorker worker) {
        this.mvc = mvc;
        this.api = new Api(mvc);
        this.jdbc = jdbc;
        this.worker = worker;
        this.prefix = "I" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase() + "-";
    }

    /** A year, block, theme {prefix}T with concepts {prefix}C1 and {prefix}C2, and a second theme {prefix}U. */
    void syllabus(String editor) {
        UUID year = node(null, "year", prefix + "Y", editor);
        UUID block = node(year, "block", prefix + "B", editor);
        UUID theme = node(block, "theme", prefix + "T", editor);
        node(theme, "concept", prefix + "C1", editor);
        node(theme, "concept", prefix + "C2", editor);
        node(block, "theme", prefix + "U", editor);
    }

    UUID node(UUID parent, String level, String code, String editor) {
        String body = "{\"parentId\":" + (parent == null ? "null" : "\"" + parent + "\"") + ",\"level\":\"" + level
                + "\",\"code\":\"" + code + "\",\"name\":\"" + code + "\"}";
        Api.Response created = api.post("/api/v1/admin/syllabus/nodes", body, editor);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return UUID.fromString(created.json("$.id"));
    }

    Api.Response upload(String fileName, String format, byte[] bytes, String token) {
        MockMultipartHttpServletRequestBuilder request = multipart(IMPORTS)
                .file(new MockMultipartFile("file", fileName, "application/octet-stream", bytes));
        if (format != null) {
            request.param("format", format);
        }
        request.header("Authorization", "Bearer " + token);
        return perform(request);
    }

    Api.Response upload(String fileName, String format, String text, String token) {
        return upload(fileName, format, text.getBytes(StandardCharsets.UTF_8), token);
    }

    /** The page's form: the token as the sign-in cookie, and a real CSRF token. */
    Api.Response uploadPage(String fileName, String text, String token) {
        MockMultipartHttpServletRequestBuilder request = multipart("/admin/imports")
                .file(new MockMultipartFile("file", fileName, "text/csv", text.getBytes(StandardCharsets.UTF_8)));
        request.cookie(new Cookie("revisio_access", token)).with(RealCsrf.token());
        return perform(request);
    }

    Api.Response commit(String id, String token) {
        return api.post(IMPORTS + "/" + id + "/commit", null, token);
    }

    /** Lets the worker run until the import is done (the scheduled worker may take it first). */
    Api.Response awaitDone(String id, String token) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            worker.runPending();
            Api.Response view = api.get(IMPORTS + "/" + id, token);
            if ("DONE".equals(view.json("$.status")) || Instant.now().isAfter(deadline)) {
                return view;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return view;
            }
        }
    }

    long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private Api.Response perform(MockMultipartHttpServletRequestBuilder request) {
        try {
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            return new Api.Response(response.getStatus(), response.getContentAsString(StandardCharsets.UTF_8),
                    response);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
