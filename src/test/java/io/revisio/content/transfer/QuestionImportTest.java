package io.revisio.content.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.identity.Role;
import io.revisio.testing.Api;
import io.revisio.testing.IntegrationTest;
import io.revisio.testing.SignedInUsers;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Importing questions: the dry run reports every problem by row, field and code; committing creates exactly
 * the good rows through the question bank (with versions and audit rows); doing it again changes nothing;
 * a resumed job never creates a row twice; and bad files are refused whole.
 */
@IntegrationTest
class QuestionImportTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SignedInUsers users;

    @Autowired
    ImportWorker worker;

    @Autowired
    QuestionFiles files;

    @Autowired
    SyllabusCodes syllabus;

    Api api;
    TransferFixtures fixtures;
    String editor;
    UUID editorId;
    String p;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
        fixtures = new TransferFixtures(mvc, jdbc, worker);
        editor = users.as(Role.EDITOR).accessToken();
        editorId = jdbc.sql("SELECT id FROM identity.account WHERE email = 'editor@users.revisio.test'")
                .query(UUID.class).single();
        fixtures.syllabus(editor);
        p = fixtures.prefix;
    }

    private String csv() {
        return "external_id,stem,option_a,option_b,option_c,correct,explanation,references,tags,theme,concepts,difficulty\n"
                + p + "1,Which valve is stenotic?,Aortic,Mitral,,A,Ejection murmur.,Harrison|p. 12|https://example.org/h,"
                + "cardio|valves," + p + "T," + p + "C1|" + p + "C2,3\n"
                + p + "2,No explanation?,Yes,No,,Z,,,,"
                + p + "T,,\n"
                + p + "3,Unknown theme?,Yes,No,,A,Because.,,," + p + "NOPE,,\n"
                + p + "4,Hard difficulty?,Yes,No,,B,Because.,,," + p + "T,,hard\n"
                + ",Which valve is stenotic?,Aortic,Mitral,,A,Ejection murmur.,Harrison|p. 12|https://example.org/h,"
                + "cardio|valves," + p + "T," + p + "C1|" + p + "C2,3\n"
                + p + "1,Same external id?,Yes,No,,A,Because.,,," + p + "T,,\n";
    }

    @Test
    void theDryRunReportsEveryRowAndCommitCreatesExactlyTheGoodOnes() {
        long questionsBefore = fixtures.count("SELECT count(*) FROM content.question");
        Api.Response uploaded = fixtures.upload("bank.csv", null, csv(), editor);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        String id = uploaded.json("$.id");
        assertThat(uploaded.raw().getHeader("Location")).isEqualTo(TransferFixtures.IMPORTS + "/" + id);
        assertThat(uploaded.<String>json("$.status")).isEqualTo("CHECKED");
        assertThat(uploaded.<String>json("$.format")).isEqualTo("CSV");
        assertThat(uploaded.<List<String>>json("$.rows[*].outcome")).containsExactly("NEW", "INVALID", "INVALID",
                "INVALID", "DUPLICATE_CONTENT", "DUPLICATE_EXTERNAL_ID");
        assertThat(uploaded.<Integer>json("$.dryRun.newRows")).isEqualTo(1);
        assertThat(uploaded.<Integer>json("$.dryRun.duplicates")).isEqualTo(2);
        assertThat(uploaded.<Integer>json("$.dryRun.invalid")).isEqualTo(3);
        List<Map<String, Object>> problems = uploaded.json("$.problems");
        assertThat(problems).containsExactly(
                Map.of("row", 2, "field", "correct", "code", "notALetter", "message", "must be an option letter, A to H"),
                Map.of("row", 2, "field", "options", "code", "oneCorrect",
                        "message", "exactly one option must be marked correct, not 0"),
                Map.of("row", 2, "field", "explanation", "code", "required",
                        "message", "a question needs an explanation"),
                Map.of("row", 3, "field", "theme", "code", "unknownCode",
                        "message", "no syllabus node has the code " + p + "NOPE"),
                Map.of("row", 4, "field", "difficulty", "code", "notANumber",
                        "message", "must be a whole number from 1 to 5"));
        assertThat(fixtures.count("SELECT count(*) FROM content.question")).as("a dry run writes no question")
                .isEqualTo(questionsBefore);

        Api.Response queued = fixtures.commit(id, editor);
        assertThat(queued.status()).isEqualTo(202);
        Api.Response done = fixtures.awaitDone(id, editor);
        assertThat(done.<String>json("$.status")).isEqualTo("DONE");
        assertThat(done.<Integer>json("$.progress.processed")).isEqualTo(6);
        assertThat(done.<Integer>json("$.progress.created")).isEqualTo(1);
        assertThat(done.<Integer>json("$.progress.duplicates")).isEqualTo(2);
        assertThat(done.<Integer>json("$.progress.failed")).isEqualTo(3);
        assertThat(fixtures.count("SELECT count(*) FROM content.question")).isEqualTo(questionsBefore + 1);

        UUID question = jdbc.sql("SELECT id FROM content.question WHERE external_id = :e").param("e", p + "1")
                .query(UUID.class).single();
        Api.Response view = api.get("/api/v1/admin/questions/" + question, editor);
        assertThat(view.<String>json("$.working.state")).isEqualTo("DRAFT");
        assertThat(view.<Integer>json("$.working.number")).isEqualTo(1);
        assertThat(view.<String>json("$.working.authorId")).isEqualTo(editorId.toString());
        assertThat(view.<String>json("$.working.content.stem")).isEqualTo("Which valve is stenotic?");
        assertThat(view.<List<Boolean>>json("$.working.content.options[*].correct")).containsExactly(true, false);
        assertThat(view.<List<String>>json("$.working.content.tags")).containsExactly("cardio", "valves");
        assertThat(view.<String>json("$.working.content.references[0].url")).isEqualTo("https://example.org/h");
        assertThat(view.<List<String>>json("$.working.content.conceptIds")).hasSize(2);
        assertThat(view.<Integer>json("$.working.content.difficulty")).isEqualTo(3);
        assertThat(fixtures.count("SELECT count(*) FROM platform.audit_event WHERE action = 'question.created' "
                + "AND target_id = '" + question + "' AND actor_id = '" + editorId + "'")).isEqualTo(1);
        assertThat(fixtures.count("SELECT count(*) FROM content.question_version v JOIN content.question q "
                + "ON q.id = v.question_id WHERE v.stem IN ('No explanation?', 'Unknown theme?', 'Hard difficulty?', "
                + "'Same external id?')")).as("bad rows leave nothing behind").isZero();
        assertThat(api.get(TransferFixtures.IMPORTS, editor).<List<String>>json("$[*].id")).contains(id);
    }

    @Test
    void reImportingTheSameFileReportsDuplicatesAndChangesNothing() {
        String first = fixtures.upload("bank.csv", "csv", csv(), editor).json("$.id");
        fixtures.commit(first, editor);
        assertThat(fixtures.awaitDone(first, editor).<Integer>json("$.progress.created")).isEqualTo(1);
        Api.Response again = fixtures.commit(first, editor);
        assertThat(again.status()).as("committing again is accepted and does nothing").isEqualTo(202);
        long questions = fixtures.count("SELECT count(*) FROM content.question");
        long versions = fixtures.count("SELECT count(*) FROM content.question_version");
        long audit = fixtures.count("SELECT count(*) FROM platform.audit_event WHERE category = 'content'");

        Api.Response second = fixtures.upload("bank-again.csv", "csv", csv(), editor);
        assertThat(second.<List<String>>json("$.rows[*].outcome")).containsExactly("DUPLICATE_EXTERNAL_ID",
                "INVALID", "INVALID", "INVALID", "DUPLICATE_CONTENT", "DUPLICATE_EXTERNAL_ID");
        String id = second.json("$.id");
        fixtures.commit(id, editor);
        Api.Response done = fixtures.awaitDone(id, editor);
        assertThat(done.<Integer>json("$.progress.created")).isZero();
        assertThat(done.<Integer>json("$.progress.duplicates")).isEqualTo(3);
        assertThat(fixtures.count("SELECT count(*) FROM content.question")).isEqualTo(questions);
        assertThat(fixtures.count("SELECT count(*) FROM content.question_version")).isEqualTo(versions);
        assertThat(fixtures.count("SELECT count(*) FROM platform.audit_event WHERE category = 'content'"))
                .isEqualTo(audit);
    }

    @Test
    void aQuestionWrittenByHandIsFoundByItsContent() {
        UUID theme = jdbc.sql("SELECT id FROM content.syllabus_node WHERE code = :c").param("c", p + "U")
                .query(UUID.class).single();
        String body = "{\"stem\":\"Hand written " + p + "\",\"options\":[{\"text\":\"A\",\"correct\":true},"
                + "{\"text\":\"B\",\"correct\":false}],\"explanation\":\"E\",\"themeId\":\"" + theme + "\"}";
        assertThat(api.post("/api/v1/admin/questions", body, editor).status()).isEqualTo(201);
        String json = "[{\"stem\":\"Hand written " + p + "\",\"options\":[{\"text\":\"A\",\"correct\":true},"
                + "{\"text\":\"B\"}],\"explanation\":\"E\",\"theme\":\"" + p + "U\"}]";
        Api.Response uploaded = fixtures.upload("hand.json", null, json, editor);
        assertThat(uploaded.<List<String>>json("$.rows[*].outcome")).containsExactly("DUPLICATE_CONTENT");
    }

    @Test
    void aRowTheBankRefusesAtCommitLeavesNothingBehind() {
        String json = "{\"questions\":["
                + "{\"externalId\":\"" + p + "ok\",\"stem\":\"Kept " + p + "\",\"options\":[{\"text\":\"A\",\"correct\":true},"
                + "{\"text\":\"B\",\"correct\":false}],\"explanation\":\"E\",\"theme\":\"" + p + "T\"},"
                + "{\"externalId\":\"" + p + "gone\",\"stem\":\"Lost " + p + "\",\"options\":[{\"text\":\"A\",\"correct\":true},"
                + "{\"text\":\"B\",\"correct\":false}],\"explanation\":\"E\",\"theme\":\"" + p + "T\",\"concepts\":[\""
                + p + "C2\"]}]}";
        Api.Response uploaded = fixtures.upload("two.json", null, json, editor);
        assertThat(uploaded.<List<String>>json("$.rows[*].outcome")).containsExactly("NEW", "NEW");
        UUID concept = jdbc.sql("SELECT id FROM content.syllabus_node WHERE code = :c").param("c", p + "C2")
                .query(UUID.class).single();
        assertThat(api.delete("/api/v1/admin/syllabus/nodes/" + concept, editor).status()).isEqualTo(204);

        String id = uploaded.json("$.id");
        fixtures.commit(id, editor);
        Api.Response done = fixtures.awaitDone(id, editor);
        assertThat(done.<Integer>json("$.progress.created")).isEqualTo(1);
        assertThat(done.<Integer>json("$.progress.failed")).isEqualTo(1);
        assertThat(fixtures.count("SELECT count(*) FROM content.question WHERE external_id = '" + p + "gone'")).isZero();
        assertThat(fixtures.count("SELECT count(*) FROM content.question_version WHERE stem = 'Lost " + p + "'")).isZero();
        assertThat(fixtures.count("SELECT count(*) FROM content.question_version WHERE stem = 'Kept " + p + "'"))
                .isEqualTo(1);
    }

    @Test
    void anInterruptedJobResumesWithoutCreatingARowTwice() {
        StringBuilder csv = new StringBuilder("external_id,stem,option_a,option_b,correct,explanation,theme\n");
        for (int i = 1; i <= 3; i++) {
            csv.append(p).append("r").append(i).append(",Resumed ").append(p).append(i).append(",A,B,A,E,")
                    .append(p).append("T\n");
        }
        String id = fixtures.upload("resume.csv", null, csv.toString(), editor).json("$.id");
        // A worker took the job, committed row 1, and died; then its lease ran out.
        jdbc.sql("UPDATE content.question_import SET status = 'RUNNING', committed_by = :actor, "
                        + "lease_until = now() + interval '1 minute' WHERE id = :id")
                .param("actor", editorId).param("id", UUID.fromString(id)).update();
        ImportRepository.Job job = new ImportRepository.Job(UUID.fromString(id), TransferFormat.CSV,
                csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), editorId);
        List<ParsedRow> rows = files.read(TransferFormat.CSV, job.file());
        worker.commitRow(job, rows.get(0), syllabus.read(), new java.util.HashSet<>());
        jdbc.sql("UPDATE content.question_import SET lease_until = now() - interval '1 second' WHERE id = :id")
                .param("id", UUID.fromString(id)).update();
        assertThat(api.get(TransferFixtures.IMPORTS + "/" + id, editor).<Integer>json("$.progress.processed"))
                .isEqualTo(1);

        Api.Response done = fixtures.awaitDone(id, editor);
        assertThat(done.<Integer>json("$.progress.processed")).isEqualTo(3);
        assertThat(done.<Integer>json("$.progress.created")).isEqualTo(3);
        for (int i = 1; i <= 3; i++) {
            assertThat(fixtures.count("SELECT count(*) FROM content.question WHERE external_id = '" + p + "r" + i + "'"))
                    .isEqualTo(1);
        }
    }

    @Test
    void badFilesAreRefusedWhole() {
        assertProblem(fixtures.upload("empty.csv", null, new byte[0], editor), 400, "validation-failed");
        assertThat(api.post(TransferFixtures.IMPORTS, "[]", editor).status()).as("not multipart").isEqualTo(415);
        assertProblem(fixtures.upload("bank.csv", "xml", "stem\nx\n", editor), 400, "validation-failed");
        assertProblem(fixtures.upload("bank.txt", null, "stem\nx\n", editor), 415, "import-unsupported-format");
        assertProblem(fixtures.upload("bank.csv", null, new byte[] {'s', 't', 'e', 'm', '\n', (byte) 0xC3, '(', '\n'},
                editor), 422, "import-bad-encoding");
        assertProblem(fixtures.upload("bank.json", null, "{\"questions\": [", editor), 422, "import-unreadable");
        assertProblem(fixtures.upload("bank.json", null, "{\"items\": []}", editor), 422, "import-unreadable");
        assertProblem(fixtures.upload("bank.csv", null, "stem,answer\nx,y\n", editor), 422, "import-unreadable");
        assertProblem(fixtures.upload("bank.csv", null, "stem,\"x\n", editor), 422, "import-unreadable");
        assertThat(fixtures.upload("big.csv", null, new byte[1024 * 1024 + 1], editor).status()).isEqualTo(413);
        assertThat(fixtures.upload("bank.csv", null, "stem\nx\n", users.as(Role.STUDENT).accessToken()).status())
                .isEqualTo(403);
        assertThat(fixtures.upload("bank.csv", null, "stem\nx\n", users.as(Role.REVIEWER).accessToken()).status())
                .isEqualTo(403);
        assertProblem(api.get(TransferFixtures.IMPORTS + "/" + UUID.randomUUID(), editor), 404, "not-found");
        assertThat(fixtures.count("SELECT count(*) FROM content.question_import WHERE file_name LIKE 'bank%' "
                + "AND uploaded_at > now() - interval '1 minute' AND row_count = 1")).as("nothing was stored").isZero();
    }

    @Test
    void aRowThatIsNotAQuestionIsReportedAndTheOthersStillCount() {
        String json = "[{\"stem\":\"Typo " + p + "\",\"optoins\":[]}, 42, {\"stem\":\"Wrong " + p + "\","
                + "\"difficulty\":\"x\"}, {\"stem\":\"\",\"tags\":[\"\"],\"theme\":\"" + p + "B\"}]";
        Api.Response uploaded = fixtures.upload("rows.json", null, json, editor);
        assertThat(uploaded.status()).isEqualTo(201);
        List<Map<String, Object>> problems = uploaded.json("$.problems");
        assertThat(problems).contains(
                Map.of("row", 1, "field", "optoins", "code", "unknownField", "message", "is not a field of a question"),
                Map.of("row", 2, "field", "", "code", "notAnObject", "message", "each question must be a JSON object"),
                Map.of("row", 3, "field", "difficulty", "code", "wrongType", "message", "has the wrong type of value"),
                Map.of("row", 4, "field", "tags[0]", "code", "NotBlank", "message", "must not be blank"),
                Map.of("row", 4, "field", "theme", "code", "notATheme", "message",
                        "must be the code of a THEME node, not a BLOCK"),
                Map.of("row", 4, "field", "stem", "code", "required", "message", "a question needs a stem"));
    }

    private static void assertProblem(Api.Response response, int status, String type) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.<String>json("$.type")).endsWith(type);
    }
}
