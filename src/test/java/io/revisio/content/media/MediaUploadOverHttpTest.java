package io.revisio.content.media;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.identity.Role;
import io.revisio.testing.IntegrationTest;
import io.revisio.testing.SignedInUsers;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Uploads through the real server, where the body limit filter and Tomcat's multipart parsing apply: an
 * image larger than the general body limit still goes in, and the page's form works with its CSRF token
 * inside the multipart body, as a browser sends it.
 */
@IntegrationTest
class MediaUploadOverHttpTest {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern XSRF_COOKIE = Pattern.compile("XSRF-TOKEN=([^;]+)");

    @LocalServerPort
    int port;

    @Autowired
    SignedInUsers users;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void anImageLargerThanTheGeneralBodyLimitIsAccepted() throws Exception {
        byte[] png = ImageSamples.png();
        byte[] twoMegabytes = Arrays.copyOf(png, 2 * 1024 * 1024); // a PNG header, then padding
        Form form = new Form().file("file", "big.png", twoMegabytes);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/v1/admin/media"))
                .header("Authorization", "Bearer " + users.as(Role.EDITOR).accessToken())
                .header("Content-Type", form.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
        assertThat(response.body()).contains(MediaFiles.sha256(twoMegabytes)).contains("\"sizeBytes\":2097152");
    }

    @Test
    void thePagesFormUploadsWithItsCsrfTokenInTheMultipartBody() throws Exception {
        String access = "revisio_access=" + users.as(Role.EDITOR).accessToken();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri("/admin/media")).header("Cookie", access)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        Matcher field = CSRF_FIELD.matcher(page.body());
        assertThat(field.find()).isTrue();
        Matcher cookie = XSRF_COOKIE.matcher(String.join(";", page.headers().allValues("Set-Cookie")));
        assertThat(cookie.find()).isTrue();

        byte[] gif = ImageSamples.gif();
        Form form = new Form().field("_csrf", field.group(1)).file("file", "pulse.gif", gif);
        HttpResponse<String> uploaded = http.send(HttpRequest.newBuilder(uri("/admin/media"))
                .header("Cookie", access + "; XSRF-TOKEN=" + cookie.group(1))
                .header("Content-Type", form.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(302);
        assertThat(uploaded.headers().firstValue("Location").orElseThrow())
                .endsWith("/admin/media?done=uploaded&image=" + MediaFiles.sha256(gif));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** A multipart/form-data body as a browser builds it. */
    private static final class Form {

        private final String boundary = "----revisio" + UUID.randomUUID().toString().replace("-", "");
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();

        Form field(String name, String value) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
                    + "\r\n");
            return this;
        }

        Form file(String name, String filename, byte[] bytes) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                    + filename + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            body.writeBytes(bytes);
            write("\r\n");
            return this;
        }

        String contentType() {
            return "multipart/form-data; boundary=" + boundary;
        }

        byte[] bytes() {
            write("--" + boundary + "--\r\n");
            return body.toByteArray();
        }

        private void write(String text) {
            body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
