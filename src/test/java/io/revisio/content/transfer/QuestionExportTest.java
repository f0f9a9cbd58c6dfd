package io.revisio.content.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.identity.Role;
import io.revisio.testing.Api;
import io.revisio.testing.IntegrationTest;
import io.revisio.testing.SignedInUsers;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Exports round-trip: export the bank, empty it, import the file, and the bank says the same again, in
 * JSON and in CSV, with text that uses CSV's and the list cells' special characters.
 */
@IntegrationTest
class QuestionExportTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SignedInUsers users;

    @Autowired
    ImportWorker worker;

    @Autowired
    TransactionTemplate transaction;

    Api api;
    TransferFixtures fixtures;
    String editor;
    String p;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
        fixtures = new TransferFixtures(mvc, jdbc, worker);
        editor = users.as(Role.EDITOR).accessToken();
        fixtures.syllabus(editor);
        p = fixtures.prefix;
    }

    @Test
    void exportThenImportIntoAnEmptyBankGivesTheSameContent() {
        String json = "[{\"externalId\":\"" + p + "1\",\"stem\":\"Line one,\\nline \\\"two\\\" | three; \\\\ four\","
                + "\"options\":[{\"text\":\"A, with comma\",\"correct\":false},{\"text\":\"B | pipe\",\"correct\":true},"
                + "{\"text\":\"C\",\"correct\":false}],\"explanation\":\"Because; reasons.\","
                + "\"references\":[{\"source\":\"Harrison; 21st | ed\",\"page\":\"12\",\"url\":\"https://example.org/a\"},"
                + "{\"source\":\"Notes\"}],\"tags\":[\"cardio\",\"a|b\"],\"theme\":\"" + p + "T\","
                + "\"concepts\":[\"" + p + "C2\",\"" + p + "C1\"],\"difficulty\":4},"
                + "{\"stem\":\"Second\",\"options\":[{\"text\":\"Yes\",\"correct\":true},{\"text\":\"No\",\"correct\":false}],"
                + "\"explanation\":\"E\",\"theme\":\"" + p + "U\"}]";
        importAll("seed.json", json);
        String jsonExport = export("json");
        String csvExport = export("csv");
        assertThat(jsonExport).contains("\"externalId\" : \"" + p + "1\"").contains("\"theme\" : \"" + p + "U\"");
        assertThat(csvExport).startsWith("external_id,stem,option_a,");

        emptyBank();
        assertThat(export("json").replaceAll("\\s", "")).isEqualTo("{\"questions\":[]}");
        importAll("export.csv", csvExport);
        assertThat(export("json")).as("CSV round trip").isEqualTo(jsonExport);

        emptyBank();
        importAll("export.json", jsonExport);
        assertThat(export("json")).as("JSON round trip").isEqualTo(jsonExport);
        assertThat(export("csv")).isEqualTo(csvExport);

        Api.Response published = api.get("/api/v1/admin/exports?format=json&state=PUBLISHED", editor);
        assertThat(published.body().replaceAll("\\s", "")).isEqualTo("{\"questions\":[]}");
        assertThat(api.get("/api/v1/admin/exports?format=xml", editor).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/admin/exports?state=NOPE", editor).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/admin/exports", users.as(Role.STUDENT).accessToken()).status()).isEqualTo(403);
    }

    private void importAll(String name, String text) {
        Api.Response uploaded = fixtures.upload(name, null, text, editor);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        assertThat(uploaded.<List<Object>>json("$.problems")).as(uploaded.body()).isEmpty();
        String id = uploaded.json("$.id");
        fixtures.commit(id, editor);
        assertThat(fixtures.awaitDone(id, editor).<Integer>json("$.progress.created")).isEqualTo(2);
    }

    private String export(String format) {
        Api.Response response = api.get("/api/v1/admin/exports?format=" + format, editor);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.raw().getHeader("Content-Disposition")).contains("questions." + format);
        try {
            return response.raw().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void emptyBank() {
        transaction.executeWithoutResult(status -> {
            for (String table : List.of("question_import_row", "question_import", "question_version_hash",
                    "question_version_concept", "question_review_comment", "question_search", "question_version_media",
                    "question_version", "question")) {
                jdbc.sql("DELETE FROM content." + table).update();
            }
        });
    }
}
