package io.revisio.content.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import io.revisio.identity.Role;
import io.revisio.testing.Api;
import io.revisio.testing.IntegrationTest;
import io.revisio.testing.RealCsrf;
import io.revisio.testing.SignedInUsers;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * The media library page: editors upload with the page's own form (CSRF included) and get the image's
 * Markdown to copy; reviewers browse without the form; students have no access.
 */
@IntegrationTest
class MediaPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedInUsers users;

    Api api;
    String editor;
    String reviewer;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
        editor = users.as(Role.EDITOR).accessToken();
        reviewer = users.as(Role.REVIEWER).accessToken();
    }

    @Test
    void anEditorUploadsFromThePageAndGetsTheMarkdownToCopy() throws Exception {
        Api.Response empty = api.get("/admin/media", editor);
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body()).contains("enctype=\"multipart/form-data\"").contains("name=\"_csrf\"")
                .contains("<label for=\"media-file\">").contains("href=\"/admin/media\" aria-current=\"page\"");

        byte[] png = ImageSamples.png();
        String sha256 = MediaFiles.sha256(png);
        MockHttpServletResponse uploaded = upload("valve.png", png, editor, true);
        assertThat(uploaded.getStatus()).isEqualTo(302);
        assertThat(uploaded.getRedirectedUrl()).isEqualTo("/admin/media?done=uploaded&image=" + sha256);

        Api.Response shown = api.get(uploaded.getRedirectedUrl(), editor);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body()).contains("The image is in the library")
                .contains("value=\"![describe the image](/media/" + sha256 + ")\"")
                .contains("src=\"/media/" + sha256 + "\"").contains("valve.png").contains("PNG")
                .contains("3 × 2 px").contains("no question yet").contains("Test EDITOR</span>");

        assertThat(upload("again.png", png, editor, true).getRedirectedUrl())
                .isEqualTo("/admin/media?done=existing&image=" + sha256);
    }

    @Test
    void aRefusedUploadShowsThePageAgainWithTheReason() throws Exception {
        MockHttpServletResponse refused = upload("notes.png", ImageSamples.TEXT, editor, true);
        assertThat(refused.getStatus()).isEqualTo(415);
        assertThat(refused.getContentAsString()).contains("role=\"alert\"").contains("text/plain")
                .contains("enctype=\"multipart/form-data\"");

        MockHttpServletResponse noFile = upload("", new byte[0], editor, true);
        assertThat(noFile.getStatus()).isEqualTo(400);
        assertThat(noFile.getContentAsString()).contains("choose an image file");
    }

    @Test
    void anUploadWithoutTheFormsCsrfTokenIsRefused() throws Exception {
        assertThat(upload("x.png", ImageSamples.png(), editor, false).getStatus()).isEqualTo(403);
    }

    @Test
    void reviewersBrowseWithoutTheUploadFormAndStudentsAreKeptOut() throws Exception {
        upload("shared.gif", ImageSamples.gif(), editor, true);
        Api.Response browsing = api.get("/admin/media", reviewer);
        assertThat(browsing.status()).isEqualTo(200);
        assertThat(browsing.body()).contains("shared.gif").doesNotContain("enctype=\"multipart/form-data\"");
        assertThat(upload("x.png", ImageSamples.png(), reviewer, true).getStatus()).isEqualTo(403);
        assertThat(api.get("/admin/media", users.as(Role.STUDENT).accessToken()).status()).isEqualTo(403);
        assertThat(api.get("/admin/media?page=nonsense", reviewer).status()).isEqualTo(200);
    }

    private MockHttpServletResponse upload(String filename, byte[] bytes, String token, boolean csrf)
            throws Exception {
        MockMultipartHttpServletRequestBuilder request = multipart("/admin/media")
                .file(new MockMultipartFile("file", filename, "image/png", bytes));
        request.cookie(new Cookie("revisio_access", token));
        if (csrf) {
            request.with(RealCsrf.token());
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}
