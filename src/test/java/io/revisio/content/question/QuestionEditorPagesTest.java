package io.revisio.content.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.revisio.identity.Role;
import io.revisio.testing.Api;
import io.revisio.testing.IntegrationTest;
import io.revisio.testing.RealCsrf;
import io.revisio.testing.SignedInUsers;
import jakarta.servlet.http.Cookie;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The question editor and review queue pages: a question written through the form is saved, a stale save
 * is refused and keeps the editor's text, the preview is what students see (sanitised), the workflow offers
 * each role its own buttons with four eyes, and the queue lists what waits for review.
 */
@IntegrationTest
class QuestionEditorPagesTest {

    static final Pattern LOCATION = Pattern.compile("/admin/questions/([0-9a-f-]{36})\\?done=created");

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
        String prefix = "E" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase() + "-";
        UUID year = node(null, "year", prefix + "Y");
        UUID block = node(year, "block", prefix + "B");
        theme = node(block, "theme", prefix + "T");
        concept = node(theme, "concept", prefix + "C");
    }

    @Test
    void aQuestionWrittenInTheFormIsSavedAndAStaleSaveKeepsTheText() throws Exception {
        assertThat(api.get("/admin/questions/new", editor).body()).contains("<h1>New question</h1>")
                .contains("aria-current=\"page\">Questions</a>").contains("name=\"option\"")
                .contains(theme.toString()).contains("src=\"/js/question-editor.js\"");

        String id = create("Which valve is *stenotic*?");
        Api.Response page = api.get("/admin/questions/" + id + "?done=created", editor);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("The question is saved as a draft.").contains("Version 1")
                .contains("name=\"version\" value=\"1\"").contains("Which valve is *stenotic*?")
                .contains("<p>Which valve is <em>stenotic</em>?</p>")
                .contains("href=\"/admin/questions/" + id + "/history\"")
                .contains("value=\"" + concept + "\" checked");
        assertThat(stem(id, 1)).isEqualTo("Which valve is *stenotic*?");
        assertThat(jdbc.sql("SELECT count(*) FROM content.question_version_concept c JOIN content.question_version v"
                + " ON v.id = c.version_id WHERE v.question_id = :id").param("id", UUID.fromString(id))
                .query(Long.class).single()).isEqualTo(1);

        MockHttpServletResponse saved = mvc.perform(questionForm(id, "1", "Which valve is narrowed?", editor))
                .andReturn().getResponse();
        assertThat(saved.getRedirectedUrl()).isEqualTo("/admin/questions/" + id + "?done=saved");
        assertThat(stem(id, 2)).isEqualTo("Which valve is narrowed?");

        MockHttpServletResponse stale = mvc.perform(questionForm(id, "1", "My own rewrite that must not be lost",
                editor)).andReturn().getResponse();
        assertThat(stale.getStatus()).isEqualTo(412);
        assertThat(stale.getContentAsString())
                .contains("Not saved: someone saved a newer version while you were editing.")
                .contains("The question is now at version 2 (draft).")
                .contains("My own rewrite that must not be lost")
                .contains("name=\"version\" value=\"2\"");
        assertThat(versions(id)).isEqualTo(2);
    }

    @Test
    void aQuestionUnderADisabledThemeKeepsItsFiling() throws Exception {
        String id = create("Filed under a theme that is later disabled");
        assertThat(api.post("/api/v1/admin/syllabus/nodes/" + theme + "/disable", null, editor).status())
                .isEqualTo(200);
        assertThat(api.get("/admin/questions/" + id, editor).body())
                .containsPattern("<option value=\"" + theme + "\" selected>[^<]*\\(hidden from students\\)</option>")
                .containsPattern("value=\"" + concept + "\" checked>[^<]*\\(hidden from students\\)");
    }

    @Test
    void invalidFieldsAreShownBesideThemAndNothingIsSaved() throws Exception {
        long before = jdbc.sql("SELECT count(*) FROM content.question").query(Long.class).single();
        MockHttpServletResponse refused = mvc.perform(form("/admin/questions/new", editor)
                .param("stem", "A stem").param("option", "A", "B").param("correct", "0")
                .param("themeId", "not-a-theme").param("difficulty", "9")
                .param("references", "Book | 12 | javascript:alert(1)")).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("Some fields need your attention.")
                .contains("<p class=\"field-error\">choose from the list</p>")
                .contains("<p class=\"field-error\">must be less than or equal to 5</p>")
                .contains("<p class=\"field-error\">must be an http(s) address</p>")
                .contains("A stem");
        assertThat(jdbc.sql("SELECT count(*) FROM content.question").query(Long.class).single()).isEqualTo(before);

        MockHttpServletResponse notATheme = mvc.perform(form("/admin/questions/new", editor).param("stem", "S")
                .param("themeId", concept.toString())).andReturn().getResponse();
        assertThat(notATheme.getStatus()).isEqualTo(400);
        assertThat(notATheme.getContentAsString()).contains("must be a syllabus node of level THEME");
    }

    @Test
    void thePreviewIsTheStudentCardSanitised() throws Exception {
        MockHttpServletResponse preview = mvc.perform(form("/admin/questions/preview", editor)
                        .param("stem", "**Bold** <script>alert(1)</script> [x](javascript:alert(2))")
                        .param("option", "First <img src=x onerror=alert(3)>", "", "Second")
                        .param("correct", "2").param("explanation", "Because _reasons_")
                        .param("references", "Guyton | 101 | https://example.org/g"))
                .andReturn().getResponse();
        assertThat(preview.getStatus()).isEqualTo(200);
        String html = preview.getContentAsString();
        assertThat(html).doesNotContain("<html").contains("<strong>Bold</strong>").doesNotContain("<script")
                .doesNotContain("javascript:").doesNotContain("onerror").doesNotContain("<img")
                .contains("Option A:").contains("Option B:").doesNotContain("Option C:")
                .contains("The answer is <strong>B</strong>").contains("<em>reasons</em>")
                .contains("<a href=\"https://example.org/g\" rel=\"nofollow noopener\">Guyton</a>");
        assertThat(mvc.perform(post("/admin/questions/preview").cookie(access(editor)).param("stem", "x"))
                .andReturn().getResponse().getStatus()).as("no CSRF token").isEqualTo(403);
    }

    @Test
    void eachRoleGetsItsOwnWorkflowButtonsWithFourEyes() throws Exception {
        String id = create("Four eyes?");
        assertThat(buttons(id, editor)).contains("data-action=\"submit\"").doesNotContain("data-action=\"approve\"");
        assertThat(buttons(id, reviewer)).doesNotContain("data-action=").doesNotContain("id=\"question-form\"")
                .contains("Filing");

        assertThat(mvc.perform(form("/admin/questions/" + id + "/submit", editor)).andReturn().getResponse()
                .getRedirectedUrl()).isEqualTo("/admin/questions/" + id + "?done=submit");
        String asAuthor = buttons(id, editor);
        assertThat(asAuthor).doesNotContain("data-action=").doesNotContain("id=\"question-form\"");
        String asReviewer = buttons(id, reviewer);
        assertThat(asReviewer).contains("data-action=\"approve\"").contains("data-action=\"request-changes\"")
                .doesNotContain("You wrote this version");

        MockHttpServletResponse noComment = mvc.perform(form("/admin/questions/" + id + "/request-changes",
                reviewer)).andReturn().getResponse();
        assertThat(noComment.getStatus()).isEqualTo(400);
        assertThat(noComment.getContentAsString()).contains("say what needs to change");
        mvc.perform(form("/admin/questions/" + id + "/request-changes", reviewer)
                .param("comment", "Name the valve in the stem."));
        assertThat(api.get("/admin/questions/" + id, editor).body()).contains("Review comments")
                .contains("Name the valve in the stem.").contains("request changes").contains("changes requested")
                .contains("Test REVIEWER");

        // the admin writes the next version, so the admin may not review it, but the reviewer may
        mvc.perform(questionForm(id, "1", "Which valve, by name?", admin));
        mvc.perform(form("/admin/questions/" + id + "/submit", admin));
        String adminView = buttons(id, admin);
        assertThat(adminView).contains("You wrote this version — someone else must review it.")
                .doesNotContain("data-action=\"approve\"");
        MockHttpServletResponse ownApproval = mvc.perform(form("/admin/questions/" + id + "/approve", admin))
                .andReturn().getResponse();
        assertThat(ownApproval.getContentAsString()).contains("You wrote this version, so someone else must approve it.");
        assertThat(mvc.perform(form("/admin/questions/" + id + "/approve", reviewer)).andReturn().getResponse()
                .getRedirectedUrl()).endsWith("?done=approve");
        assertThat(buttons(id, editor)).contains("data-action=\"publish\"");
        assertThat(buttons(id, reviewer)).doesNotContain("data-action=");
        mvc.perform(form("/admin/questions/" + id + "/publish", editor));
        assertThat(buttons(id, editor)).contains("data-action=\"archive\"").contains("id=\"question-form\"");
        assertThat(mvc.perform(form("/admin/questions/" + id + "/approve", editor)).andReturn().getResponse()
                .getStatus()).as("editors do not review").isEqualTo(403);
        assertThat(api.get("/admin/questions/" + UUID.randomUUID(), editor).status()).isEqualTo(404);
    }

    @Test
    void theReviewQueueListsQuestionsInReviewOldestFirst() throws Exception {
        String draft = create("Queue draft stays out");
        // Written second but submitted first: the queue goes by when a version went to review.
        String second = create("Queue second waiting");
        String first = create("Queue first **waiting**");
        mvc.perform(form("/admin/questions/" + first + "/submit", editor));
        Thread.sleep(5); // two submissions in the same instant would tie
        mvc.perform(form("/admin/questions/" + second + "/submit", editor));

        String asReviewer = api.get("/admin/reviews", reviewer).body();
        assertThat(asReviewer).contains("aria-current=\"page\">Review queue</a>").contains("Test EDITOR")
                .contains("Queue first waiting").doesNotContain("Queue draft stays out")
                .doesNotContain("You wrote this — someone else must review");
        assertThat(asReviewer.indexOf(first)).isLessThan(asReviewer.indexOf(second));
        assertThat(asReviewer).doesNotContain(draft);
        assertThat(api.get("/admin/reviews", editor).body())
                .contains("You wrote this — someone else must review");
    }

    /** Creates a complete question through the form and returns its id. */
    private String create(String stem) throws Exception {
        MockHttpServletResponse created = mvc.perform(questionForm(null, null, stem, editor)).andReturn().getResponse();
        assertThat(created.getStatus()).isEqualTo(302);
        Matcher matcher = LOCATION.matcher(created.getRedirectedUrl());
        assertThat(matcher.matches()).as(created.getRedirectedUrl()).isTrue();
        return matcher.group(1);
    }

    private MockHttpServletRequestBuilder questionForm(String id, String version, String stem, String token) {
        MockHttpServletRequestBuilder form = form(id == null ? "/admin/questions/new" : "/admin/questions/" + id, token)
                .param("stem", stem).param("option", "Aortic", "Mitral", "", "Tricuspid").param("correct", "1")
                .param("explanation", "The mitral valve.").param("references", "Guyton | 101")
                .param("tags", "cardio, valves").param("themeId", theme.toString())
                .param("conceptIds", concept.toString()).param("difficulty", "3");
        return version == null ? form : form.param("version", version);
    }

    private String buttons(String id, String token) {
        Api.Response page = api.get("/admin/questions/" + id, token);
        assertThat(page.status()).isEqualTo(200);
        return page.body();
    }

    private MockHttpServletRequestBuilder form(String path, String token) {
        return post(path).with(RealCsrf.token()).cookie(access(token));
    }

    private static Cookie access(String token) {
        return new Cookie("revisio_access", token);
    }

    private String stem(String id, int number) {
        return jdbc.sql("SELECT stem FROM content.question_version WHERE question_id = :id AND number = :n")
                .param("id", UUID.fromString(id)).param("n", number).query(String.class).single();
    }

    private long versions(String id) {
        return jdbc.sql("SELECT count(*) FROM content.question_version WHERE question_id = :id")
                .param("id", UUID.fromString(id)).query(Long.class).single();
    }

    private UUID node(UUID parent, String level, String code) {
        String body = "{\"parentId\":" + (parent == null ? "null" : "\"" + parent + "\"") + ",\"level\":\"" + level
                + "\",\"code\":\"" + code + "\",\"name\":\"" + code + "\"}";
        Api.Response created = api.post("/api/v1/admin/syllabus/nodes", body, editor);
        assertThat(created.status()).isEqualTo(201);
        return UUID.fromString(created.json("$.id"));
    }
}
