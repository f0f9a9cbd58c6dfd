package io.revisio.notebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.revisio.identity.account.AccountRepository;
import io.revisio.identity.session.SessionTokens;
import io.revisio.practice.PracticeFixtures;
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

/**
 * The student's bookmarks and mistakes pages through plain forms: list, syllabus filter, note changed,
 * bookmark removed, nobody else's notebook shown, and mistakes of a real submitted session under filters.
 */
@IntegrationTest
class NotebookPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SignedInUsers users;

    @Autowired
    AccountRepository accounts;

    @Autowired
    SessionTokens sessions;

    PracticeFixtures fixtures;
    NotebookPractice practice;
    Api api;
    UUID block;
    UUID theme;
    UUID otherBlock;
    UUID otherTheme;
    String student;

    @BeforeEach
    void setUp() {
        fixtures = new PracticeFixtures(mvc, jdbc, users, accounts, sessions);
        practice = new NotebookPractice(mvc, jdbc);
        api = new Api(mvc);
        UUID year = fixtures.node(null, "year");
        block = fixtures.node(year, "block");
        theme = fixtures.node(block, "theme");
        otherBlock = fixtures.node(year, "block");
        otherTheme = fixtures.node(otherBlock, "theme");
        fixtures.awaitPool(fixtures.publishMany(theme, 3));
        fixtures.awaitPool(fixtures.publishMany(otherTheme, 1));
        student = fixtures.student();
    }

    @Test
    void bookmarksAreListedFilteredNotedAndRemoved() throws Exception {
        UUID session = practice.start(student, "{\"mode\":\"TUTOR\",\"nodes\":[\"" + theme + "\",\"" + otherTheme
                + "\"],\"count\":4}");
        List<UUID> met = practice.questions(student, session);
        UUID inOther = met.stream().filter(q -> themeOf(q).equals(otherTheme)).findFirst().orElseThrow();
        UUID inTheme = met.stream().filter(q -> themeOf(q).equals(theme)).findFirst().orElseThrow();

        MockHttpServletResponse added = mvc.perform(form("/practice/bookmarks/" + inTheme, student)
                .param("note", "Renal threshold")).andReturn().getResponse();
        assertThat(added.getRedirectedUrl()).as(added.getContentAsString()).isEqualTo("/practice/bookmarks");
        mvc.perform(form("/practice/bookmarks/" + inOther, student)
                .param("back", "/practice/sessions/" + session + "/review")).andReturn();

        String all = api.get("/practice/bookmarks", student).body();
        assertThat(all).contains(note(inTheme)).contains(note(inOther)).contains("Renal threshold")
                .contains("name=\"pools\" value=\"bookmarked\"");
        Api.Response filtered = api.get("/practice/bookmarks?node=" + otherBlock, student);
        assertThat(filtered.status()).isEqualTo(200);
        assertThat(filtered.body()).contains(note(inOther)).doesNotContain(note(inTheme))
                .contains("name=\"nodes\" value=\"" + otherBlock + "\"");
        assertThat(api.get("/practice/bookmarks?node=" + UUID.randomUUID(), student).status()).isEqualTo(400);

        MockHttpServletResponse noted = mvc.perform(form(note(inTheme), student).param("note", "  Think twice  ")
                .param("node", block.toString())).andReturn().getResponse();
        assertThat(noted.getRedirectedUrl()).isEqualTo("/practice/bookmarks?node=" + block);
        assertThat(api.get("/practice/bookmarks", student).body()).contains(">Think twice</textarea>")
                .doesNotContain("Renal threshold");
        MockHttpServletResponse tooLong = mvc.perform(form(note(inTheme), student).param("note", "x".repeat(2001)))
                .andReturn().getResponse();
        assertThat(tooLong.getStatus()).isEqualTo(400);

        String other = fixtures.student();
        assertThat(api.get("/practice/bookmarks", other).body()).as("nobody else's")
                .doesNotContain(note(inTheme)).doesNotContain("Think twice");
        MockHttpServletResponse notTheirs = mvc.perform(form("/practice/bookmarks/" + inTheme + "/remove", other))
                .andReturn().getResponse();
        assertThat(notTheirs.getStatus()).isEqualTo(404);
        MockHttpServletResponse notMet = mvc.perform(form("/practice/bookmarks/" + inTheme, other))
                .andReturn().getResponse();
        assertThat(notMet.getStatus()).isEqualTo(404);

        MockHttpServletResponse removed = mvc.perform(form("/practice/bookmarks/" + inTheme + "/remove", student))
                .andReturn().getResponse();
        assertThat(removed.getRedirectedUrl()).isEqualTo("/practice/bookmarks");
        assertThat(api.get("/practice/bookmarks", student).body()).doesNotContain(note(inTheme))
                .contains(note(inOther));
        assertThat(api.get("/practice", student).body()).contains("href=\"/practice/bookmarks\"")
                .contains("href=\"/practice/mistakes\"");

        MockHttpServletResponse practise = mvc.perform(form("/practice/new", student).param("pools", "bookmarked")
                .param("mode", "TUTOR").param("count", "1")).andReturn().getResponse();
        assertThat(practise.getRedirectedUrl()).as(practise.getContentAsString()).startsWith("/practice/sessions/");
    }

    @Test
    void mistakesOfASubmittedSessionAreShownWithTheirRuleUnderFilters() throws Exception {
        UUID session = practice.start(student, "{\"mode\":\"EXAM\",\"timed\":false,\"nodes\":[\"" + theme + "\",\""
                + otherTheme + "\"],\"count\":4}");
        List<UUID> questions = practice.questions(student, session);
        UUID inOther = questions.stream().filter(q -> themeOf(q).equals(otherTheme)).findFirst().orElseThrow();
        List<UUID> inTheme = questions.stream().filter(q -> !q.equals(inOther)).toList();
        practice.answer(student, session, inTheme.get(0), true);
        practice.answer(student, session, inTheme.get(1), false);
        // inTheme.get(2) is left unanswered
        practice.answer(student, session, inOther, false);
        practice.submit(student, session);

        Api.Response open = api.get("/practice/mistakes", student);
        assertThat(open.status()).as(open.body()).isEqualTo(200);
        assertThat(open.body()).contains(">wrong</strong>").contains(">skipped</strong>").contains("Wrong in ")
                .contains("<dt>timeMs</dt>").contains("name=\"pools\" value=\"mistakes\"");
        assertThat(count(open.body())).isEqualTo(3);
        assertThat(count(api.get("/practice/mistakes?block=" + otherBlock, student).body())).isEqualTo(1);
        assertThat(count(api.get("/practice/mistakes?theme=" + theme + "&type=skipped", student).body()))
                .isEqualTo(1);
        assertThat(count(api.get("/practice/mistakes?status=resolved", student).body())).isZero();
        assertThat(count(api.get("/practice/mistakes?status=all&block=&theme=&type=", student).body())).isEqualTo(3);
        assertThat(api.get("/practice/mistakes?type=lazy", student).status()).isEqualTo(400);
        assertThat(api.get("/practice/mistakes?block=nope", student).status()).isEqualTo(400);

        String other = fixtures.student();
        assertThat(count(api.get("/practice/mistakes?status=all", other).body())).as("nobody else's").isZero();

        MockHttpServletResponse practise = mvc.perform(form("/practice/new", student).param("pools", "mistakes")
                .param("mode", "TUTOR").param("count", "20")).andReturn().getResponse();
        assertThat(practise.getRedirectedUrl()).as(practise.getContentAsString()).startsWith("/practice/sessions/");
    }

    private UUID themeOf(UUID question) {
        return jdbc.sql("SELECT theme_id FROM practice.question_pool WHERE question_id = :q").param("q", question)
                .query(UUID.class).single();
    }

    private static String note(UUID question) {
        return "/practice/bookmarks/" + question + "/note";
    }

    private static int count(String page) {
        return page.split("class=\"panel mistake\"", -1).length - 1;
    }

    private static MockHttpServletRequestBuilder form(String path, String token) {
        return post(path).with(RealCsrf.token()).cookie(new Cookie("revisio_access", token));
    }
}
