package io.revisio.content.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import io.revisio.identity.Role;
import io.revisio.testing.Api;
import io.revisio.testing.IntegrationTest;
import io.revisio.testing.SignedInUsers;
import jakarta.servlet.http.Cookie;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The media library through the API and the serving route: uploads are sniffed, limited and kept once per
 * content; images are served with long-lived private caching; and a student sees an image only once a
 * published question shows it, while staff see every image.
 */
@IntegrationTest
class MediaApiTest {

    static final String MEDIA = "/api/v1/admin/media";
    static final String QUESTIONS = "/api/v1/admin/questions";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SignedInUsers users;

    @Autowired
    MediaProperties properties;

    Api api;
    String editor;
    String reviewer;
    String student;
    UUID theme;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
        editor = users.as(Role.EDITOR).accessToken();
        reviewer = users.as(Role.REVIEWER).accessToken();
        student = users.as(Role.STUDENT).accessToken();
        String prefix = "M" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase() + "-";
        UUID year = node(null, "year", prefix + "Y");
        UUID block = node(year, "block", prefix + "B");
        theme = node(block, "theme", prefix + "T");
    }

    @Test
    void everyAcceptedFormatIsStoredWithWhatItIs() {
        Api.Response png = upload("heart.png", "application/octet-stream", ImageSamples.png(), editor);
        assertThat(png.status()).as(png.body()).isEqualTo(201);
        String sha256 = png.json("$.sha256");
        assertThat(png.raw().getHeader("Location")).isEqualTo("/media/" + sha256);
        assertThat(png.<String>json("$.mediaType")).isEqualTo("image/png");
        assertThat(png.<Integer>json("$.width")).isEqualTo(3);
        assertThat(png.<Integer>json("$.height")).isEqualTo(2);
        assertThat(png.<String>json("$.originalFilename")).isEqualTo("heart.png");
        assertThat(png.<String>json("$.markdown")).isEqualTo("![describe the image](/media/" + sha256 + ")");

        // the declared name and type are ignored: the bytes decide
        assertThat(upload("x.png", "image/png", ImageSamples.jpeg(), editor).<String>json("$.mediaType"))
                .isEqualTo("image/jpeg");
        assertThat(upload("x.jpg", "image/jpeg", ImageSamples.gif(), editor).<String>json("$.mediaType"))
                .isEqualTo("image/gif");
        Api.Response webp = upload("x.gif", "image/gif", ImageSamples.WEBP, editor);
        assertThat(webp.status()).isIn(200, 201);
        assertThat(webp.<String>json("$.mediaType")).isEqualTo("image/webp");

        List<String> audited = jdbc.sql("SELECT action FROM platform.audit_event WHERE target_type = 'media' "
                        + "AND target_id = :sha").param("sha", sha256).query(String.class).list();
        assertThat(audited).containsExactly("media.uploaded");
    }

    @Test
    void whatIsNotAnAcceptedImageIsRefusedWith415() {
        assertRefused(upload("notes.png", "image/png", ImageSamples.TEXT, editor), 415, "media-unsupported-type",
                "text/plain");
        assertRefused(upload("icon.svg", "image/svg+xml", ImageSamples.SVG, editor), 415, "media-unsupported-type",
                "image/svg+xml");
        assertRefused(upload("scan.png", "image/png", ImageSamples.PDF, editor), 415, "media-unsupported-type",
                "application/pdf");
        Api.Response none = send(multipart(MEDIA), editor);
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.<String>json("$.errors[0].field")).isEqualTo("file");
    }

    @Test
    void anImageOverTheLimitIsRefusedWith413() {
        byte[] png = ImageSamples.png();
        byte[] large = Arrays.copyOf(png, (int) properties.maxSize().toBytes() + 1);
        Api.Response refused = upload("large.png", "image/png", large, editor);
        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.<String>json("$.type")).isEqualTo("urn:revisio:problem:media-too-large");
        assertThat(jdbc.sql("SELECT count(*) FROM content.media WHERE sha256 = :sha")
                .param("sha", MediaFiles.sha256(large)).query(Long.class).single()).isZero();
    }

    @Test
    void theSameBytesTwiceAreOneImageAndOneFile() throws Exception {
        byte[] gif = ImageSamples.gif();
        Api.Response first = upload("first.gif", "image/gif", gif, editor);
        Api.Response again = upload("second-name.gif", "image/gif", gif, users.as(Role.ADMIN).accessToken());
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        String sha256 = first.json("$.sha256");
        assertThat(again.<String>json("$.sha256")).isEqualTo(sha256);
        assertThat(again.<String>json("$.originalFilename")).isEqualTo("first.gif");
        assertThat(jdbc.sql("SELECT count(*) FROM content.media WHERE sha256 = :sha").param("sha", sha256)
                .query(Long.class).single()).isEqualTo(1);
        Path folder = properties.directory().resolve(sha256.substring(0, 2));
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString()).filter(name -> name.startsWith(sha256)
                    || name.endsWith(".tmp"))).containsExactly(sha256);
        }
        assertThat(Files.readAllBytes(folder.resolve(sha256))).isEqualTo(gif);
    }

    @Test
    void theListPagesNewestFirstForStaffOnly() {
        String older = upload("a.png", "image/png", ImageSamples.png(), editor).json("$.sha256");
        String newer = upload("b.png", "image/png", ImageSamples.png(), editor).json("$.sha256");
        Api.Response page = api.get(MEDIA + "?size=100", reviewer);
        assertThat(page.status()).isEqualTo(200);
        List<String> listed = page.json("$.items[*].sha256");
        assertThat(listed).containsSubsequence(newer, older);
        assertThat(api.get(MEDIA + "?size=1", reviewer).<List<String>>json("$.items[*].sha256")).hasSize(1);
        assertThat(api.get(MEDIA + "?size=0", reviewer).status()).isEqualTo(400);
        assertThat(api.get(MEDIA, student).status()).isEqualTo(403);
        assertThat(upload("c.png", "image/png", ImageSamples.png(), reviewer).status()).isEqualTo(403);
    }

    @Test
    void imagesAreServedWithTheirTypeAndCachedPrivatelyForever() throws Exception {
        byte[] jpeg = ImageSamples.jpeg();
        String sha256 = upload("x.jpg", "image/jpeg", jpeg, editor).json("$.sha256");
        MockHttpServletResponse served = fetch(sha256, editor, null);
        assertThat(served.getStatus()).isEqualTo(200);
        assertThat(served.getContentType()).isEqualTo("image/jpeg");
        assertThat(served.getContentAsByteArray()).isEqualTo(jpeg);
        assertThat(served.getHeader("ETag")).isEqualTo("\"" + sha256 + "\"");
        assertThat(served.getHeader("Cache-Control")).isEqualTo("private, max-age=31536000, immutable");
        assertThat(served.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");

        MockHttpServletResponse unchanged = fetch(sha256, editor, "\"" + sha256 + "\"");
        assertThat(unchanged.getStatus()).isEqualTo(304);
        assertThat(unchanged.getContentAsByteArray()).isEmpty();
        assertThat(unchanged.getHeader("ETag")).isEqualTo("\"" + sha256 + "\"");
        assertThat(fetch(sha256, editor, "\"other\"").getStatus()).isEqualTo(200);

        assertThat(fetch("not-a-hash", editor, null).getStatus()).isEqualTo(404);
        assertThat(fetch(sha256.toUpperCase(), editor, null).getStatus()).isEqualTo(404);
        assertThat(fetch("0".repeat(64), editor, null).getStatus()).isEqualTo(404);
        MockHttpServletResponse anonymous = fetch(sha256, null, null);
        assertThat(anonymous.getStatus()).isEqualTo(302);
        assertThat(anonymous.getHeader("Location")).startsWith("/login?next=");
    }

    @Test
    void aStudentSeesAnImageOnlyOnceAPublishedQuestionShowsIt() throws Exception {
        String inStem = upload("stem.png", "image/png", ImageSamples.png(), editor).json("$.sha256");
        String inOption = upload("option.png", "image/png", ImageSamples.png(), editor).json("$.sha256");
        String unused = upload("unused.png", "image/png", ImageSamples.png(), editor).json("$.sha256");
        Api.Response created = api.post(QUESTIONS, question(inStem, inOption), editor);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json("$.id");
        assertThat(created.<List<String>>json("$.working.media")).containsExactly(inStem, inOption);

        assertThat(fetch(inStem, student, null).getStatus()).as("a draft's image").isEqualTo(404);
        assertThat(fetch(inStem, student, "\"" + inStem + "\"").getStatus()).as("not even as 304").isEqualTo(404);
        assertThat(fetch(inStem, reviewer, null).getStatus()).isEqualTo(200);

        assertThat(act(id, "submit", editor)).isEqualTo(200);
        assertThat(act(id, "approve", reviewer)).isEqualTo(200);
        assertThat(fetch(inOption, student, null).getStatus()).as("approved, not yet published").isEqualTo(404);
        assertThat(act(id, "publish", editor)).isEqualTo(200);

        assertThat(fetch(inStem, student, null).getStatus()).isEqualTo(200);
        assertThat(fetch(inOption, student, null).getStatus()).isEqualTo(200);
        assertThat(fetch(unused, student, null).getStatus()).isEqualTo(404);
        assertThat(fetch(unused, editor, null).getStatus()).isEqualTo(200);

        jdbc.sql("UPDATE content.syllabus_node SET enabled = false WHERE id = :id").param("id", theme).update();
        assertThat(fetch(inStem, student, null).getStatus()).as("theme disabled").isEqualTo(404);
        assertThat(fetch(inStem, editor, null).getStatus()).isEqualTo(200);

        List<String> used = api.get(MEDIA + "?size=100", editor).json(
                "$.items[?(@.sha256 == '" + inStem + "')].usedBy[*]");
        assertThat(used).containsExactly(id);
    }

    @Test
    void aVersionReferringToMediaTheLibraryLacksIsRefused() {
        String known = upload("known.png", "image/png", ImageSamples.png(), editor).json("$.sha256");
        String missing = "f".repeat(64);
        long before = jdbc.sql("SELECT count(*) FROM content.question").query(Long.class).single();
        Api.Response refused = api.post(QUESTIONS, """
                {"stem": "![a](/media/%s)", "options": [{"text": "fine", "correct": true},
                 {"text": "![b](/media/%s)", "correct": false}], "themeId": "%s"}
                """.formatted(known, missing, theme), editor);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.<String>json("$.errors[0].field")).isEqualTo("options[1].text");
        assertThat(refused.<String>json("$.errors[0].code")).isEqualTo("unknownMedia");
        assertThat(jdbc.sql("SELECT count(*) FROM content.question").query(Long.class).single())
                .as("nothing half-written").isEqualTo(before);
    }

    private String question(String stemImage, String optionImage) {
        return """
                {"stem": "Which valve? ![murmur](/media/%s)",
                 "options": [{"text": "Aortic ![a](/media/%s)", "correct": true}, {"text": "Mitral", "correct": false}],
                 "explanation": "See ![again](/media/%s).", "themeId": "%s"}
                """.formatted(stemImage, optionImage, stemImage, theme);
    }

    private int act(String id, String action, String token) {
        return api.send(HttpMethod.POST, QUESTIONS + "/" + id + "/" + action, null, token, "127.0.0.1").status();
    }

    private UUID node(UUID parent, String level, String code) {
        String body = "{\"parentId\":" + (parent == null ? "null" : "\"" + parent + "\"") + ",\"level\":\"" + level
                + "\",\"code\":\"" + code + "\",\"name\":\"" + code + "\"}";
        Api.Response created = api.post("/api/v1/admin/syllabus/nodes", body, editor);
        assertThat(created.status()).isEqualTo(201);
        return UUID.fromString(created.json("$.id"));
    }

    private Api.Response upload(String filename, String declaredType, byte[] bytes, String token) {
        return send(multipart(MEDIA).file(new MockMultipartFile("file", filename, declaredType, bytes)), token);
    }

    private Api.Response send(AbstractMockHttpServletRequestBuilder<?> request, String token) {
        try {
            MockHttpServletResponse response = mvc.perform(request.header("Authorization", "Bearer " + token))
                    .andReturn().getResponse();
            return new Api.Response(response.getStatus(), response.getContentAsString(), response);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** As a browser fetches an image on a page: with the sign-in cookie. */
    private MockHttpServletResponse fetch(String sha256, String token, String ifNoneMatch) throws Exception {
        MockHttpServletRequestBuilder request = get("/media/" + sha256);
        if (token != null) {
            request.cookie(new Cookie("revisio_access", token));
        }
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private static void assertRefused(Api.Response response, int status, String type, String detected) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.<String>json("$.type")).isEqualTo("urn:revisio:problem:" + type);
        assertThat(response.<String>json("$.detectedType")).isEqualTo(detected);
        assertThat(response.<String>json("$.detail")).contains(detected);
    }
}
