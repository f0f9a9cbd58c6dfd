package io.revisio.content.question;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
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
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Editors write questions, reviewers review them and editors publish them, through the admin API: every
 * edit is a new immutable version guarded by If-Match, every transition follows the workflow (four eyes
 * included), and every change is audited. Each test files its questions under a syllabus of its own.
 */
@IntegrationTest
class QuestionAdminApiTest {

    static final String QUESTIONS = "/api/v1/admin/questions";
    static final String NODES = "/api/v1/admin/syllabus/nodes";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SignedInUsers users;

    Api api;
    String editor;
    String reviewer;
    String admin;
    UUID theme;
    UUID concept;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
        editor = users.as(Role.EDITOR).accessToken();
        reviewer = users.as(Role.REVIEWER).accessToken();
        admin = users.as(Role.ADMIN).accessToken();
        String prefix = "Q" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase() + "-";
        UUID year = node(null, "year", prefix + "Y");
        UUID block = node(year, "block", prefix + "B");
        theme = node(block, "theme", prefix + "T");
        concept = node(theme, "concept", prefix + "C");
    }

    @Test
    void aQuestionGoesFromDraftThroughReviewToPublishedAndBack() {
        Api.Response created = api.post(QUESTIONS, "{\"stem\":\"Which valve?\",\"tags\":[\"cardio\"]}", editor);
        assertThat(created.status()).isEqualTo(201);
        String id = created.json("$.id");
        assertThat(created.raw().getHeader("Location")).isEqualTo(QUESTIONS + "/" + id);
        assertThat(created.raw().getHeader("ETag")).isEqualTo("\"1\"");
        assertThat(created.<String>json("$.working.state")).isEqualTo("DRAFT");
        assertThat(created.<List<String>>json("$.allowed")).containsExactly("edit", "submit");

        Api.Response incomplete = act(id, "submit", null, editor);
        assertRefused(incomplete, 400, "validation-failed");
        assertThat(incomplete.<List<String>>json("$.errors[*].field"))
                .containsExactly("options", "options", "explanation", "themeId");
        assertThat(state(id, 1)).as("a refused submit changes nothing").isEqualTo("DRAFT");

        Api.Response edited = edit(id, "\"1\"", complete("Which valve is stenotic?"), editor);
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.raw().getHeader("ETag")).isEqualTo("\"2\"");
        assertThat(edited.<Integer>json("$.working.number")).isEqualTo(2);
        assertThat(edited.<String>json("$.working.content.stem")).isEqualTo("Which valve is stenotic?");
        assertThat(stem(id, 1)).as("version 1 is kept as written").isEqualTo("Which valve?");
        Api.Response stale = edit(id, "\"1\"", complete("Someone else's edit"), editor);
        assertRefused(stale, 412, "precondition-failed");
        assertThat(stale.raw().getHeader("ETag")).isEqualTo("\"2\"");
        assertThat(stale.<String>json("$.state")).isEqualTo("DRAFT");
        assertRefused(edit(id, null, complete("No If-Match"), editor), 428, "precondition-required");
        assertThat(versionCount(id)).isEqualTo(2);

        assertThat(act(id, "submit", null, editor).<String>json("$.working.state")).isEqualTo("IN_REVIEW");
        Api.Response noEdit = edit(id, "\"2\"", complete("Edit under review"), editor);
        assertRefused(noEdit, 409, "question-illegal-transition");
        assertThat(noEdit.<List<String>>json("$.allowed")).containsExactly("approve", "request-changes");
        assertRefused(act(id, "request-changes", "{}", reviewer), 400, "validation-failed");
        Api.Response changes = act(id, "request-changes", "{\"comment\":\"Name the murmur.\"}", reviewer);
        assertThat(changes.<String>json("$.working.state")).isEqualTo("CHANGES_REQUESTED");
        assertThat(changes.<List<String>>json("$.working.comments[*].comment")).containsExactly("Name the murmur.");

        assertThat(edit(id, "\"2\"", complete("Which murmur?"), editor).<String>json("$.working.state"))
                .isEqualTo("DRAFT");
        assertThat(act(id, "submit", null, editor).status()).isEqualTo(200);
        Api.Response own = act(id, "approve", null, users.as(Role.EDITOR).accessToken());
        assertThat(own.status()).as("editors do not approve at all").isEqualTo(403);
        assertThat(act(id, "approve", "{\"comment\":\"Good.\"}", reviewer).<String>json("$.working.state"))
                .isEqualTo("APPROVED");
        Api.Response published = act(id, "publish", null, editor);
        assertThat(published.<String>json("$.published.state")).isEqualTo("PUBLISHED");
        assertThat(published.<Integer>json("$.published.number")).isEqualTo(3);

        Api.Response newDraft = edit(id, "\"3\"", complete("Which murmur, exactly?"), editor);
        assertThat(newDraft.<Integer>json("$.working.number")).isEqualTo(4);
        assertThat(newDraft.<String>json("$.working.state")).isEqualTo("DRAFT");
        assertThat(newDraft.<Integer>json("$.published.number")).as("the published version stays").isEqualTo(3);
        assertThat(newDraft.<String>json("$.published.content.stem")).isEqualTo("Which murmur?");

        Api.Response archived = act(id, "archive", null, admin);
        assertThat(archived.<String>json("$.published.state")).isEqualTo("ARCHIVED");
        assertThat(archived.<List<String>>json("$.allowed")).containsExactly("edit", "submit", "restore");
        assertRefused(act(id, "archive", null, editor), 409, "question-illegal-transition");
        assertThat(act(id, "restore", null, editor).<String>json("$.published.state")).isEqualTo("PUBLISHED");

        Api.Response versions = api.get(QUESTIONS + "/" + id + "/versions", reviewer);
        assertThat(versions.status()).isEqualTo(200);
        assertThat(versions.<List<Integer>>json("$.items[*].number")).containsExactly(4, 3, 2, 1);
        assertThat(versions.<List<String>>json("$.items[*].state"))
                .containsExactly("DRAFT", "PUBLISHED", "CHANGES_REQUESTED", "DRAFT");
        assertThat(versions.<List<String>>json("$.items[1].comments[*].comment")).containsExactly("Good.");
        assertThat(versions.<Integer>json("$.total")).isEqualTo(4);

        assertThat(audited(id)).extracting(row -> row.get("action")).containsExactly("question.created",
                "question.edited", "question.submitted", "question.changes-requested", "question.edited",
                "question.submitted", "question.approved", "question.published", "question.edited",
                "question.archived", "question.restored");
        Map<?, ?> firstEdit = (Map<?, ?>) audited(id).get(1).get("details");
        assertThat(firstEdit.get("before")).isEqualTo(Map.of("version", 1, "state", "DRAFT"));
        assertThat(firstEdit.get("after")).isEqualTo(Map.of("version", 2, "state", "DRAFT", "changed",
                List.of("stem", "options", "explanation", "references", "themeId", "conceptIds", "difficulty")));
        assertThat(((Map<?, ?>) audited(id).get(7).get("details")).get("after"))
                .isEqualTo(Map.of("version", 3, "state", "PUBLISHED"));
        assertThat(audited(id).get(3).get("details")).asString().contains("comment=Name the murmur.");
    }

    @Test
    void nobodyApprovesAVersionTheyWrote() {
        String id = api.post(QUESTIONS, complete("Admin's own"), admin).json("$.id");
        act(id, "submit", null, admin);
        Api.Response own = act(id, "approve", null, admin);
        assertRefused(own, 403, "question-four-eyes");
        assertThat(state(id, 1)).isEqualTo("IN_REVIEW");
        assertThat(act(id, "approve", null, reviewer).status()).isEqualTo(200);
    }

    @Test
    void illegalTransitionsNameTheAllowedOnes() {
        String id = api.post(QUESTIONS, complete("Stem"), editor).json("$.id");
        Api.Response publish = act(id, "publish", null, editor);
        assertRefused(publish, 409, "question-illegal-transition");
        assertThat(publish.<List<String>>json("$.allowed")).containsExactly("edit", "submit");
        assertRefused(act(id, "approve", null, reviewer), 409, "question-illegal-transition");
        assertRefused(act(id, "restore", null, editor), 409, "question-illegal-transition");
        assertRefused(act(UUID.randomUUID().toString(), "submit", null, editor), 404, "not-found");
        assertThat(api.get(QUESTIONS + "/" + UUID.randomUUID(), reviewer).status()).isEqualTo(404);
        assertThat(audited(id)).hasSize(1);
    }

    @Test
    void badInputIsAFieldErrorAndWritesNothing() {
        long before = questionCount();
        String nine = "[" + String.join(",", java.util.Collections.nCopies(9, "{\"text\":\"x\",\"correct\":false}"))
                + "]";
        Api.Response bad = api.post(QUESTIONS, "{\"stem\":\"" + "x".repeat(10_001) + "\",\"options\":" + nine
                + ",\"difficulty\":6,\"references\":[{\"source\":\"\",\"url\":\"ftp://x\"}]}", editor);
        assertRefused(bad, 400, "validation-failed");
        assertThat(bad.<List<String>>json("$.errors[*].field")).contains("stem", "options", "difficulty",
                "references[0].source", "references[0].url");
        assertRefused(api.post(QUESTIONS, "{\"themeId\":\"" + concept + "\"}", editor), 400, "validation-failed");
        assertRefused(api.post(QUESTIONS, "{\"themeId\":\"" + theme + "\",\"conceptIds\":[\"" + theme + "\"]}",
                editor), 400, "validation-failed");
        assertRefused(api.post(QUESTIONS, "{\"themeId\":\"" + UUID.randomUUID() + "\"}", editor), 400,
                "validation-failed");
        assertThat(questionCount()).isEqualTo(before);

        String external = "EXT-" + UUID.randomUUID();
        assertThat(api.post(QUESTIONS, "{\"externalId\":\"" + external + "\"}", editor).status()).isEqualTo(201);
        assertRefused(api.post(QUESTIONS, "{\"externalId\":\"" + external + "\"}", editor), 409,
                "question-external-id-taken");
    }

    @Test
    void studentsAndStrangersAreRefusedAndReviewersOnlyRead() {
        String id = api.post(QUESTIONS, complete("Stem"), editor).json("$.id");
        assertThat(api.get(QUESTIONS + "/" + id, users.as(Role.STUDENT).accessToken()).status()).isEqualTo(403);
        assertThat(api.get(QUESTIONS + "/" + id, null).status()).isEqualTo(401);
        assertThat(api.get(QUESTIONS + "/" + id, reviewer).status()).isEqualTo(200);
        assertThat(api.post(QUESTIONS, complete("Reviewer's"), reviewer).status()).isEqualTo(403);
        assertThat(edit(id, "\"1\"", complete("Reviewer's edit"), reviewer).status()).isEqualTo(403);
        assertThat(act(id, "submit", null, reviewer).status()).isEqualTo(403);
    }

    @Test
    void aSyllabusNodeWithQuestionsCannotBeDeleted() {
        api.post(QUESTIONS, complete("Filed under the concept"), editor);
        Api.Response conceptDelete = api.delete(NODES + "/" + concept, editor);
        assertRefused(conceptDelete, 409, "syllabus-node-has-questions");
        assertThat(conceptDelete.<Integer>json("$.count")).isEqualTo(1);
        UUID unused = node(theme, "concept", "U" + Long.toString(System.nanoTime() % 1_000_000_000L, 36)
                .toUpperCase());
        assertThat(api.delete(NODES + "/" + unused, editor).status()).isEqualTo(204);
    }

    private String complete(String stem) {
        return """
                {"stem": "%s",
                 "options": [{"text": "Aortic", "correct": true}, {"text": "Mitral", "correct": false}],
                 "explanation": "Because.", "references": [{"source": "Guyton", "page": "12"}],
                 "tags": ["cardio"], "themeId": "%s", "conceptIds": ["%s"], "difficulty": 3}
                """.formatted(stem, theme, concept);
    }

    private UUID node(UUID parent, String level, String code) {
        String body = "{\"parentId\":" + (parent == null ? "null" : "\"" + parent + "\"") + ",\"level\":\"" + level
                + "\",\"code\":\"" + code + "\",\"name\":\"" + code + "\"}";
        Api.Response created = api.post(NODES, body, editor);
        assertThat(created.status()).isEqualTo(201);
        return UUID.fromString(created.json("$.id"));
    }

    private Api.Response act(String id, String action, String body, String token) {
        return api.send(HttpMethod.POST, QUESTIONS + "/" + id + "/" + action, body, token, "127.0.0.1");
    }

    private Api.Response edit(String id, String ifMatch, String json, String token) {
        var request = MockMvcRequestBuilders.put(QUESTIONS + "/" + id).contentType(MediaType.APPLICATION_JSON)
                .content(json).header("Authorization", "Bearer " + token);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        try {
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            return new Api.Response(response.getStatus(), response.getContentAsString(), response);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertRefused(Api.Response response, int status, String type) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.<String>json("$.type")).isEqualTo("urn:revisio:problem:" + type);
    }

    private String state(String id, int number) {
        return jdbc.sql("SELECT state FROM content.question_version WHERE question_id = :id AND number = :n")
                .param("id", UUID.fromString(id)).param("n", number).query(String.class).single();
    }

    private String stem(String id, int number) {
        return jdbc.sql("SELECT stem FROM content.question_version WHERE question_id = :id AND number = :n")
                .param("id", UUID.fromString(id)).param("n", number).query(String.class).single();
    }

    private long versionCount(String id) {
        return jdbc.sql("SELECT count(*) FROM content.question_version WHERE question_id = :id")
                .param("id", UUID.fromString(id)).query(Long.class).single();
    }

    private long questionCount() {
        return jdbc.sql("SELECT count(*) FROM content.question").query(Long.class).single();
    }

    private List<Map<String, Object>> audited(String id) {
        return jdbc.sql("SELECT action, details::text FROM platform.audit_event WHERE target_id = :id "
                        + "AND category = 'content' AND target_type = 'question' ORDER BY occurred_at, id")
                .param("id", id)
                .query((row, n) -> Map.<String, Object>of("action", row.getString("action"),
                        "details", JsonPath.<Map<String, Object>>read(row.getString("details"), "$")))
                .list();
    }
}
