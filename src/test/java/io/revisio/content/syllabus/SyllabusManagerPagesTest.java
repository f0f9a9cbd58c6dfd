package io.revisio.content.syllabus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.revisio.identity.Role;
import io.revisio.testing.Api;
import io.revisio.testing.IntegrationTest;
import io.revisio.testing.RealCsrf;
import io.revisio.testing.SignedInUsers;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The syllabus manager page: editors create, rename, reorder, disable and delete; refusals are shown. */
@IntegrationTest
class SyllabusManagerPagesTest {

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
        prefix = "M" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase() + "-";
    }

    @Test
    void anEditorBuildsRenamesReordersAndDisablesNodes() throws Exception {
        UUID year = create(null, prefix + "Y", "Year of pages");
        UUID block = create(year, prefix + "B", "Block of pages");
        UUID first = create(block, prefix + "T1", "First theme");
        UUID second = create(block, prefix + "T2", "Second theme");
        assertThat(level(block)).isEqualTo("BLOCK");
        assertThat(level(first)).isEqualTo("THEME");

        String page = api.get("/admin/syllabus", editor).body();
        assertThat(page).contains("aria-current=\"page\">Syllabus</a>").contains("First theme")
                .contains("action=\"/admin/syllabus/nodes/" + first + "/reorder\"")
                .contains("name=\"version\" value=\"0\"");

        MockHttpServletResponse renamed = mvc.perform(form("/admin/syllabus/nodes/" + first)
                .param("code", prefix + "T1X").param("name", "First theme, renamed").param("version", "0"))
                .andReturn().getResponse();
        assertThat(renamed.getRedirectedUrl()).isEqualTo("/admin/syllabus?done=edited#node-" + first);
        assertThat(name(first)).isEqualTo("First theme, renamed");
        MockHttpServletResponse stale = mvc.perform(form("/admin/syllabus/nodes/" + first)
                .param("code", prefix + "T1Y").param("name", "Stale rename").param("version", "0"))
                .andReturn().getResponse();
        assertThat(stale.getStatus()).isEqualTo(412);
        assertThat(stale.getContentAsString()).contains("The node was changed since you read it.");
        assertThat(name(first)).isEqualTo("First theme, renamed");

        MockHttpServletResponse badCode = mvc.perform(form("/admin/syllabus/nodes").param("parentId", block.toString())
                .param("code", "lower case").param("name", "x")).andReturn().getResponse();
        assertThat(badCode.getStatus()).isEqualTo(400);
        assertThat(badCode.getContentAsString()).contains("The code must be 1-40 capital letters");

        MockHttpServletResponse reordered = mvc.perform(form("/admin/syllabus/nodes/" + second + "/reorder")
                .param("order", second.toString(), first.toString())).andReturn().getResponse();
        assertThat(reordered.getRedirectedUrl()).startsWith("/admin/syllabus?done=reordered");
        assertThat(positions(block)).containsExactly(second, first);
        MockHttpServletResponse outdated = mvc.perform(form("/admin/syllabus/nodes/" + second + "/reorder")
                .param("order", second.toString())).andReturn().getResponse();
        assertThat(outdated.getStatus()).isEqualTo(409);
        assertThat(outdated.getContentAsString()).contains("The order must list exactly the current children");

        mvc.perform(form("/admin/syllabus/nodes/" + block + "/disable"));
        assertThat(api.get("/admin/syllabus?done=disabled", editor).body())
                .contains("students no longer see it").contains(">disabled</span>")
                .contains("hidden (a parent is disabled)");
        assertThat(api.get("/api/v1/syllabus", null).body()).doesNotContain(prefix + "B");
        mvc.perform(form("/admin/syllabus/nodes/" + block + "/enable"));
        assertThat(api.get("/api/v1/syllabus", null).body()).contains(prefix + "B");

        UUID otherBlock = create(year, prefix + "B2", "Other block");
        mvc.perform(form("/admin/syllabus/nodes/" + first + "/move").param("parentId", otherBlock.toString()));
        assertThat(positions(otherBlock)).containsExactly(first);
    }

    @Test
    void deletingANodeWithChildrenIsRefusedClearly() throws Exception {
        UUID year = create(null, prefix + "DY", "Year with children");
        UUID block = create(year, prefix + "DB", "Lonely block");
        MockHttpServletResponse refused = mvc.perform(form("/admin/syllabus/nodes/" + year + "/delete"))
                .andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(refused.getContentAsString()).contains("class=\"notice error\"")
                .contains("href=\"#node-" + year + "\"").contains("syllabus-node depth-0 refused");
        assertThat(exists(year)).isTrue();

        MockHttpServletResponse deleted = mvc.perform(form("/admin/syllabus/nodes/" + block + "/delete"))
                .andReturn().getResponse();
        assertThat(deleted.getRedirectedUrl()).isEqualTo("/admin/syllabus?done=deleted#node-" + year);
        assertThat(exists(block)).isFalse();
    }

    @Test
    void reviewersSeeTheSyllabusReadOnly() throws Exception {
        UUID year = create(null, prefix + "RY", "Year for reviewers");
        String reviewer = users.as(Role.REVIEWER).accessToken();
        Api.Response page = api.get("/admin/syllabus", reviewer);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Year for reviewers").contains("editors and admins change it")
                .doesNotContain("action=\"/admin/syllabus/nodes");
        assertThat(mvc.perform(post("/admin/syllabus/nodes/" + year + "/disable").with(RealCsrf.token())
                .cookie(new Cookie("revisio_access", reviewer))).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    private UUID create(UUID parent, String code, String name) throws Exception {
        MockHttpServletRequestBuilder form = form("/admin/syllabus/nodes").param("code", code).param("name", name);
        if (parent != null) {
            form.param("parentId", parent.toString());
        }
        MockHttpServletResponse created = mvc.perform(form).andReturn().getResponse();
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(302);
        UUID id = jdbc.sql("SELECT id FROM content.syllabus_node WHERE code = :code").param("code", code)
                .query(UUID.class).single();
        assertThat(created.getRedirectedUrl()).isEqualTo("/admin/syllabus?done=created#node-" + id);
        return id;
    }

    private MockHttpServletRequestBuilder form(String path) {
        return post(path).with(RealCsrf.token()).cookie(new Cookie("revisio_access", editor));
    }

    private String level(UUID id) {
        return jdbc.sql("SELECT level FROM content.syllabus_node WHERE id = :id").param("id", id)
                .query(String.class).single();
    }

    private String name(UUID id) {
        return jdbc.sql("SELECT name FROM content.syllabus_node WHERE id = :id").param("id", id)
                .query(String.class).single();
    }

    private boolean exists(UUID id) {
        return jdbc.sql("SELECT count(*) FROM content.syllabus_node WHERE id = :id").param("id", id)
                .query(Long.class).single() == 1;
    }

    private List<UUID> positions(UUID parent) {
        return jdbc.sql("SELECT id FROM content.syllabus_node WHERE parent_id = :parent ORDER BY position")
                .param("parent", parent).query(UUID.class).list();
    }
}
