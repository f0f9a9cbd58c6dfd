package io.revisio.content.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.identity.Role;
import io.revisio.testing.Api;
import io.revisio.testing.IntegrationTest;
import io.revisio.testing.SignedInUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The import page: upload with the form, read the report, commit, and watch the progress until done. */
@IntegrationTest
class ImportPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SignedInUsers users;

    @Autowired
    ImportWorker worker;

    Api api;
    TransferFixtures fixtures;
    String editor;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
        fixtures = new TransferFixtures(mvc, jdbc, worker);
        editor = users.as(Role.EDITOR).accessToken();
        fixtures.syllabus(editor);
    }

    @Test
    void anEditorUploadsReadsTheReportCommitsAndSeesItDone() {
        Api.Response empty = api.get("/admin/imports", editor);
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body()).contains("enctype=\"multipart/form-data\"").contains("<label for=\"file\">")
                .contains("href=\"/admin/imports/export?format=csv\"").contains("aria-current=\"page\"");

        String p = fixtures.prefix;
        String csv = "stem,option_a,option_b,correct,explanation,theme\n"
                + "Page question " + p + ",Yes,No,A,Because.," + p + "T\n"
                + "Broken " + p + ",Yes,,A,," + p + "T\n";
        Api.Response uploaded = fixtures.uploadPage("page.csv", csv, editor);
        assertThat(uploaded.status()).isEqualTo(302);
        String location = uploaded.raw().getHeader("Location");
        assertThat(location).matches("/admin/imports/[0-9a-f-]{36}");
        String id = location.substring(location.lastIndexOf('/') + 1);

        Api.Response report = api.get(location, editor);
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.body()).contains("page.csv").contains("Dry run: 1 new, 0 duplicates,")
                .contains("<td data-label=\"Code\">tooFew</td>").contains("<td data-label=\"Field\">explanation</td>")
                .contains("id=\"commit\"");

        Api.Response committed = api.post(location + "/commit", "{}", editor);
        assertThat(committed.status()).isEqualTo(302);
        Api.Response running = api.get(location + "/progress", editor);
        assertThat(running.body()).satisfiesAnyOf(
                body -> assertThat(body).contains("hx-trigger=\"every 1s\""),
                body -> assertThat(body).contains("data-state=\"done\""));
        fixtures.awaitDone(id, editor);
        Api.Response done = api.get(location + "/progress", editor);
        assertThat(done.body()).contains("data-state=\"done\"").contains("1 created").doesNotContain("hx-trigger");
        assertThat(api.get("/admin/imports", editor).body()).contains("href=\"/admin/imports/" + id + "\"");

        Api.Response export = api.get("/admin/imports/export?format=csv", editor);
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.body()).contains("Page question " + p);
    }

    @Test
    void aBadUploadShowsThePageWithTheReason() {
        Api.Response refused = fixtures.uploadPage("notes.txt", "hello", editor);
        assertThat(refused.status()).isEqualTo(415);
        assertThat(refused.body()).contains("role=\"alert\"").contains("Send a .json or .csv file");
    }

    @Test
    void studentsAndReviewersAreKeptOut() {
        assertThat(api.get("/admin/imports", users.as(Role.STUDENT).accessToken()).status()).isEqualTo(403);
        assertThat(api.get("/admin/imports", users.as(Role.REVIEWER).accessToken()).status()).isEqualTo(403);
    }
}
