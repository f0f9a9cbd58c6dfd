package io.revisio.content.syllabus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

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
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Editors manage the one syllabus through the admin API: every change keeps the tree's rules, is
 * all-or-nothing, shows in the public tree as students would see it, and is audited with before/after.
 * Each test builds its own nodes under codes of its own, since the database is shared within the class.
 */
@IntegrationTest
class SyllabusAdminApiTest {

    static final String ADMIN = "/api/v1/admin/syllabus";
    static final String NODES = ADMIN + "/nodes";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SignedInUsers users;

    Api api;
    String editor;
    String prefix;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
        editor = users.as(Role.EDITOR).accessToken();
        prefix = "T" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase() + "-";
    }

    @Test
    void createsTheFourLevelsEachLastAmongItsSiblingsAndRefusesAWrongLevel() {
        Api.Response year = create(null, "year", "Y", "Year one");
        assertThat(year.status()).isEqualTo(201);
        assertThat(year.raw().getHeader("Location")).isEqualTo(NODES + "/" + id(year));
        assertThat(year.raw().getHeader("ETag")).isEqualTo("\"0\"");
        UUID block = id(create(id(year), "BLOCK", "B1", "Block one"));
        UUID second = id(create(id(year), "block", "B2", "Block two"));
        UUID theme = id(create(block, "theme", "T1", "Theme"));
        Api.Response concept = create(theme, "concept", "C1", "  Concept  ");
        assertThat(concept.status()).isEqualTo(201);
        assertThat(concept.<String>json("$.name")).as("trimmed").isEqualTo("Concept");
        assertThat(positionOf(block)).isZero();
        assertThat(positionOf(second)).as("new nodes go last").isEqualTo(1);

        assertRefused(create(id(year), "theme", "BAD1", "Theme under a year"), 409, "syllabus-level-mismatch");
        assertRefused(create(null, "block", "BAD2", "Block at the top"), 409, "syllabus-level-mismatch");
        assertRefused(create(id(concept), "concept", "BAD3", "Under a concept"), 409, "syllabus-level-mismatch");
        assertRefused(create(UUID.randomUUID(), "block", "BAD4", "Unknown parent"), 404, "not-found");
        assertThat(count("BAD")).as("nothing written by a refusal").isZero();

        Map<String, Object> created = audited("syllabus.node-created", id(concept)).get(0);
        assertThat(created).doesNotContainKey("before");
        assertThat(created.get("after")).isEqualTo(Map.of("parentId", theme.toString(), "level", "CONCEPT",
                "code", prefix + "C1", "name", "Concept", "position", 0, "enabled", true));

        Api.Response staff = api.get(ADMIN, users.as(Role.REVIEWER).accessToken());
        assertThat(staff.status()).isEqualTo(200);
        String path = "$.years[?(@.code == '" + prefix + "Y')]";
        assertThat(staff.<List<String>>json(path + ".children[*].code")).containsExactly(prefix + "B1", prefix + "B2");
        assertThat(staff.<List<Object>>json(path + ".children[0].children[0].children[0].version")).containsExactly(0);
    }

    @Test
    void badInputIsAFieldErrorAndWritesNothing() {
        Api.Response bad = api.post(NODES, "{\"level\":\"chapter\",\"code\":\"lower case\",\"name\":\"\"}", editor);
        assertRefused(bad, 400, "validation-failed");
        assertThat(bad.<List<String>>json("$.errors[*].field")).containsExactlyInAnyOrder("level", "code", "name");
        Api.Response tooLong = create(null, "year", "LONG", "x".repeat(201));
        assertRefused(tooLong, 400, "validation-failed");
        assertThat(tooLong.<List<String>>json("$.errors[*].field")).containsExactly("name");
        assertThat(count("LONG")).isZero();

        UUID year = id(create(null, "year", "Y", "Year"));
        assertRefused(api.send(org.springframework.http.HttpMethod.PUT, NODES + "/not-a-node/children",
                "{\"order\":[]}", editor, "127.0.0.1"), 400, "validation-failed");
        assertRefused(api.post(NODES + "/" + year + "/move", "{\"parentId\":null,\"position\":99}", editor),
                400, "validation-failed");
        assertRefused(api.post(NODES + "/" + year + "/move", "{\"position\":-1}", editor), 400, "validation-failed");
    }

    @Test
    void codesAreUnique() {
        UUID year = id(create(null, "year", "Y", "Year"));
        UUID other = id(create(null, "year", "Y2", "Other year"));
        Api.Response taken = create(null, "year", "Y", "Same code");
        assertRefused(taken, 409, "syllabus-code-taken");
        assertThat(taken.<String>json("$.detail")).contains(prefix + "Y");
        assertRefused(edit(other, "\"0\"", "Y", "Renamed"), 409, "syllabus-code-taken");
        assertThat(codeOf(other)).isEqualTo(prefix + "Y2");
        assertThat(codeOf(year)).isEqualTo(prefix + "Y");
    }

    @Test
    void aStaleEditIsRefusedAndChangesNothing() {
        UUID year = id(create(null, "year", "Y", "Year"));
        Api.Response first = edit(year, "\"0\"", "YR", "Year, renamed");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.raw().getHeader("ETag")).isEqualTo("\"1\"");
        assertThat(first.<Integer>json("$.version")).isEqualTo(1);

        Api.Response stale = edit(year, "\"0\"", "YX", "Someone else's edit");
        assertRefused(stale, 412, "precondition-failed");
        assertThat(stale.raw().getHeader("ETag")).as("the current tag").isEqualTo("\"1\"");
        assertThat(codeOf(year)).isEqualTo(prefix + "YR");
        assertRefused(edit(year, null, "YX", "No If-Match"), 428, "precondition-required");
        assertRefused(edit(UUID.randomUUID(), "\"0\"", "YX", "Unknown"), 404, "not-found");

        List<Map<String, Object>> edits = audited("syllabus.node-edited", year);
        assertThat(edits).singleElement().satisfies(details -> {
            assertThat(details.get("before")).asString().contains("code=" + prefix + "Y,", "name=Year,");
            assertThat(details.get("after")).asString().contains("code=" + prefix + "YR,", "name=Year, renamed");
        });
        assertThat(edit(year, "\"1\"", "YR", "Year, renamed").status()).as("the same again").isEqualTo(200);
        assertThat(audited("syllabus.node-edited", year)).as("nothing changed, nothing audited").hasSize(1);
    }

    @Test
    void aMoveKeepsPositionsDenseAndNeverEntersTheNodesOwnSubtree() {
        UUID year = id(create(null, "year", "Y", "Year"));
        UUID b1 = id(create(year, "block", "B1", "One"));
        UUID b2 = id(create(year, "block", "B2", "Two"));
        UUID b3 = id(create(year, "block", "B3", "Three"));
        UUID otherYear = id(create(null, "year", "Z", "Other year"));
        UUID c1 = id(create(otherYear, "block", "C1", "Other block"));
        UUID theme = id(create(b2, "theme", "T", "Theme of two"));

        Api.Response moved = api.post(NODES + "/" + b1 + "/move", "{\"parentId\":\"" + otherYear + "\",\"position\":0}",
                editor);
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.<Integer>json("$.version")).as("a new parent is a change of the node").isEqualTo(1);
        assertThat(childrenOf(year)).containsExactly(b2, b3);
        assertThat(positionsOf(year)).containsExactly(0, 1);
        assertThat(childrenOf(otherYear)).containsExactly(b1, c1);
        assertThat(positionsOf(otherYear)).containsExactly(0, 1);

        assertThat(api.post(NODES + "/" + b3 + "/move", "{\"parentId\":\"" + year + "\",\"position\":0}", editor)
                .status()).as("within the same parent").isEqualTo(200);
        assertThat(childrenOf(year)).containsExactly(b3, b2);

        assertRefused(api.post(NODES + "/" + b2 + "/move", "{\"parentId\":\"" + theme + "\"}", editor),
                409, "syllabus-move-into-own-subtree");
        assertRefused(api.post(NODES + "/" + b2 + "/move", "{\"parentId\":\"" + b2 + "\"}", editor),
                409, "syllabus-move-into-own-subtree");
        assertRefused(api.post(NODES + "/" + b2 + "/move", "{\"parentId\":null}", editor),
                409, "syllabus-level-mismatch");
        assertRefused(api.post(NODES + "/" + theme + "/move", "{\"parentId\":\"" + year + "\"}", editor),
                409, "syllabus-level-mismatch");
        assertRefused(api.post(NODES + "/" + UUID.randomUUID() + "/move", "{\"parentId\":\"" + year + "\"}", editor),
                404, "not-found");
        assertThat(childrenOf(year)).containsExactly(b3, b2);
        assertThat(childrenOf(b2)).containsExactly(theme);

        assertThat(audited("syllabus.node-moved", b1)).singleElement().satisfies(details -> {
            assertThat(details.get("before")).asString().contains("parentId=" + year, "position=0");
            assertThat(details.get("after")).asString().contains("parentId=" + otherYear, "position=0");
        });
    }

    @Test
    void aReorderIsAllOrNothing() {
        UUID year = id(create(null, "year", "Y", "Year"));
        UUID b1 = id(create(year, "block", "B1", "One"));
        UUID b2 = id(create(year, "block", "B2", "Two"));
        UUID b3 = id(create(year, "block", "B3", "Three"));

        Api.Response missing = reorder(year.toString(), List.of(b3, b1));
        assertRefused(missing, 409, "syllabus-children-mismatch");
        assertThat(missing.<List<String>>json("$.children")).containsExactly(b1.toString(), b2.toString(), b3.toString());
        assertRefused(reorder(year.toString(), List.of(b3, b1, UUID.randomUUID())), 409, "syllabus-children-mismatch");
        assertRefused(reorder(year.toString(), List.of(b3, b1, b1)), 409, "syllabus-children-mismatch");
        assertRefused(reorder(UUID.randomUUID().toString(), List.of()), 404, "not-found");
        assertThat(childrenOf(year)).containsExactly(b1, b2, b3);
        assertThat(audited("syllabus.children-reordered", year)).isEmpty();

        Api.Response reordered = reorder(year.toString(), List.of(b3, b1, b2));
        assertThat(reordered.status()).isEqualTo(200);
        assertThat(reordered.<List<String>>json("$.children[*].id"))
                .containsExactly(b3.toString(), b1.toString(), b2.toString());
        assertThat(childrenOf(year)).containsExactly(b3, b1, b2);
        assertThat(positionsOf(year)).containsExactly(0, 1, 2);
        assertThat(audited("syllabus.children-reordered", year)).singleElement().isEqualTo(Map.of(
                "before", Map.of("order", List.of(b1.toString(), b2.toString(), b3.toString())),
                "after", Map.of("order", List.of(b3.toString(), b1.toString(), b2.toString()))));

        List<UUID> years = jdbc.sql("SELECT id FROM content.syllabus_node WHERE parent_id IS NULL ORDER BY position")
                .query(UUID.class).list();
        List<UUID> reversed = new java.util.ArrayList<>(years);
        java.util.Collections.reverse(reversed);
        assertThat(reorder("root", reversed).status()).as("the years").isEqualTo(200);
        assertThat(jdbc.sql("SELECT id FROM content.syllabus_node WHERE parent_id IS NULL ORDER BY position")
                .query(UUID.class).list()).isEqualTo(reversed);
    }

    @Test
    void disablingHidesTheSubtreeFromStudentsAndEnablingBringsItBack() {
        UUID year = id(create(null, "year", "Y", "Year"));
        UUID block = id(create(year, "block", "B", "Block"));
        id(create(block, "theme", "T", "Theme"));
        assertThat(publicCodes()).contains(prefix + "B", prefix + "T");

        Api.Response disabled = api.post(NODES + "/" + block + "/disable", null, editor);
        assertThat(disabled.status()).isEqualTo(200);
        assertThat(disabled.<Boolean>json("$.enabled")).isFalse();
        assertThat(publicCodes()).contains(prefix + "Y").doesNotContain(prefix + "B", prefix + "T");
        String staff = api.get(ADMIN, editor).body();
        assertThat(JsonPath.<List<Boolean>>read(staff, "$..[?(@.code == '" + prefix + "T')].shownToStudents"))
                .containsExactly(false);
        assertThat(JsonPath.<List<Boolean>>read(staff, "$..[?(@.code == '" + prefix + "T')].enabled"))
                .containsExactly(true);

        assertThat(api.post(NODES + "/" + block + "/disable", null, editor).status()).as("idempotent").isEqualTo(200);
        assertThat(audited("syllabus.node-disabled", block)).singleElement().satisfies(details -> {
            assertThat(details.get("before")).asString().contains("enabled=true");
            assertThat(details.get("after")).asString().contains("enabled=false");
        });

        assertThat(api.post(NODES + "/" + block + "/enable", null, editor).status()).isEqualTo(200);
        assertThat(publicCodes()).contains(prefix + "B", prefix + "T");
        assertThat(audited("syllabus.node-enabled", block)).hasSize(1);
        assertRefused(api.post(NODES + "/" + UUID.randomUUID() + "/enable", null, editor), 404, "not-found");
    }

    @Test
    void aNodeWithChildrenIsNotDeletedALeafIs() {
        UUID year = id(create(null, "year", "Y", "Year"));
        UUID b1 = id(create(year, "block", "B1", "One"));
        UUID b2 = id(create(year, "block", "B2", "Two"));
        UUID theme = id(create(b1, "theme", "T", "Theme"));

        Api.Response refused = api.delete(NODES + "/" + b1, editor);
        assertRefused(refused, 409, "syllabus-node-has-children");
        assertThat(refused.<String>json("$.detail")).contains("1 child");
        assertThat(codeOf(b1)).isNotNull();

        assertThat(api.delete(NODES + "/" + theme, editor).status()).isEqualTo(204);
        assertThat(api.delete(NODES + "/" + b1, editor).status()).isEqualTo(204);
        assertThat(childrenOf(year)).containsExactly(b2);
        assertThat(positionsOf(year)).as("dense after a delete").containsExactly(0);
        assertRefused(api.delete(NODES + "/" + b1, editor), 404, "not-found");

        assertThat(audited("syllabus.node-deleted", b1)).singleElement().satisfies(details -> {
            assertThat(details).doesNotContainKey("after");
            assertThat(details.get("before")).asString().contains("code=" + prefix + "B1");
        });
        assertThat(jdbc.sql("SELECT actor_id FROM platform.audit_event WHERE action = 'syllabus.node-deleted' "
                + "AND target_id = :id AND category = 'content' AND target_type = 'syllabus-node'")
                .param("id", b1.toString()).query(UUID.class).single())
                .isEqualTo(UUID.fromString(JsonPath.read(api.get("/api/v1/me", editor).body(), "$.id")));
    }

    @Test
    void onlyEditorsAndAdminsChangeTheSyllabusAndStudentsCannotReadTheStaffTree() {
        String body = "{\"level\":\"year\",\"code\":\"" + prefix + "R\",\"name\":\"Year\"}";
        assertThat(api.get(ADMIN, null).status()).isEqualTo(401);
        assertThat(api.get(ADMIN, users.as(Role.STUDENT).accessToken()).status()).isEqualTo(403);
        assertThat(api.get(ADMIN, users.as(Role.ADMIN).accessToken()).status()).isEqualTo(200);
        assertThat(api.post(NODES, body, null).status()).isEqualTo(401);
        assertThat(api.post(NODES, body, users.as(Role.STUDENT).accessToken()).status()).isEqualTo(403);
        assertThat(api.post(NODES, body, users.as(Role.REVIEWER).accessToken()).status()).isEqualTo(403);
        assertThat(count("R")).isZero();
        assertThat(api.post(NODES, body, users.as(Role.ADMIN).accessToken()).status()).isEqualTo(201);
    }

    private Api.Response create(UUID parent, String level, String code, String name) {
        String parentJson = parent == null ? "null" : "\"" + parent + "\"";
        return api.post(NODES, "{\"parentId\":" + parentJson + ",\"level\":\"" + level + "\",\"code\":\"" + prefix
                + code + "\",\"name\":\"" + name + "\"}", editor);
    }

    private Api.Response edit(UUID id, String ifMatch, String code, String name) {
        var request = put(NODES + "/" + id).header("Authorization", "Bearer " + editor)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"" + prefix + code + "\",\"name\":\"" + name + "\"}");
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

    private Api.Response reorder(String parent, List<UUID> order) {
        String ids = String.join(",", order.stream().map(id -> "\"" + id + "\"").toList());
        return api.send(org.springframework.http.HttpMethod.PUT, NODES + "/" + parent + "/children",
                "{\"order\":[" + ids + "]}", editor, "127.0.0.1");
    }

    private static UUID id(Api.Response created) {
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return UUID.fromString(created.json("$.id"));
    }

    private static void assertRefused(Api.Response response, int status, String type) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.<String>json("$.type")).isEqualTo("urn:revisio:problem:" + type);
    }

    private List<String> publicCodes() {
        return JsonPath.read(api.get("/api/v1/syllabus", null).body(), "$..code");
    }

    private List<Map<String, Object>> audited(String action, UUID target) {
        return jdbc.sql("SELECT details::text FROM platform.audit_event WHERE action = :action AND target_id = :id "
                        + "AND category = 'content' ORDER BY occurred_at")
                .param("action", action).param("id", target.toString()).query(String.class).list().stream()
                .map(json -> JsonPath.<Map<String, Object>>read(json, "$")).toList();
    }

    private List<UUID> childrenOf(UUID parent) {
        return jdbc.sql("SELECT id FROM content.syllabus_node WHERE parent_id = :p ORDER BY position")
                .param("p", parent).query(UUID.class).list();
    }

    private List<Integer> positionsOf(UUID parent) {
        return jdbc.sql("SELECT position FROM content.syllabus_node WHERE parent_id = :p ORDER BY position")
                .param("p", parent).query(Integer.class).list();
    }

    private int positionOf(UUID id) {
        return jdbc.sql("SELECT position FROM content.syllabus_node WHERE id = :id").param("id", id)
                .query(Integer.class).single();
    }

    private String codeOf(UUID id) {
        return jdbc.sql("SELECT code FROM content.syllabus_node WHERE id = :id").param("id", id)
                .query(String.class).optional().orElse(null);
    }

    private long count(String codeStart) {
        return jdbc.sql("SELECT count(*) FROM content.syllabus_node WHERE code LIKE :code")
                .param("code", prefix + codeStart + "%").query(Long.class).single();
    }
}
