package io.revisio.practice.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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

/**
 * The student's practice pages through plain forms: builder counts and refusals, the player on the pinned
 * version, tutor feedback, exam changes, submit, results, review filters and another student's session.
 */
@IntegrationTest
class PracticePagesTest {

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
    Api api;
    UUID theme;
    String student;

    @BeforeEach
    void setUp() {
        fixtures = new PracticeFixtures(mvc, jdbc, users, accounts, sessions);
        api = new Api(mvc);
        theme = fixtures.node(fixtures.node(fixtures.node(null, "year"), "block"), "theme");
        fixtures.awaitPool(fixtures.publishMany(theme, 4));
        student = fixtures.student();
    }

    @Test
    void theBuilderCountsWhatEachTopicOffersAndSaysWhenThereIsTooLittle() throws Exception {
        String page = api.get("/practice/new", student).body();
        assertThat(page).contains("value=\"" + theme + "\"").contains("action=\"/practice/new\"")
                .contains("hx-get=\"/practice/new\"").contains("<a href=\"/practice\">Practice</a>");
        assertThat(themeLine(page)).contains("(4)");

        MockHttpServletResponse hard = mvc.perform(get("/practice/new").param("difficulties", "5")
                .param("nodes", theme.toString()).header("HX-Request", "true")
                .cookie(new Cookie("revisio_access", student))).andReturn().getResponse();
        assertThat(hard.getContentAsString()).startsWith("<fieldset id=\"syllabus-picker\"")
                .contains("Nothing available").doesNotContain("<html");
        assertThat(themeLine(hard.getContentAsString())).contains("(0)").contains("checked");

        MockHttpServletResponse nothing = mvc.perform(form("/practice/new", student).param("mode", "TUTOR")
                .param("difficulties", "5").param("nodes", theme.toString()).param("count", "5"))
                .andReturn().getResponse();
        assertThat(nothing.getStatus()).isEqualTo(422);
        assertThat(nothing.getContentAsString()).contains("No question matches these topics");

        MockHttpServletResponse badCount = mvc.perform(form("/practice/new", student).param("mode", "EXAM")
                .param("count", "500")).andReturn().getResponse();
        assertThat(badCount.getStatus()).isEqualTo(400);
        assertThat(badCount.getContentAsString()).contains("The count must be a number from 1 to 200.");

        String session = build(student, "TUTOR", false, 10);
        String player = api.get("/practice/sessions/" + session + "?q=1", student).body();
        assertThat(player).contains("You asked for 10 questions; only 4 matched").contains("Question 1 of 4");
    }

    @Test
    void theTutorPlayerShowsThePinnedVersionAndLocksTheAnswerWithItsFeedback() throws Exception {
        String session = build(student, "TUTOR", false, 2);
        String page = api.get("/practice/sessions/" + session + "?q=2", student).body();
        assertThat(page).contains("Question 2 of 2").contains(pinnedStem(session, 1))
                .contains("type=\"radio\" id=\"option-0\" name=\"option\" value=\"0\"")
                .contains("<label for=\"option-0\">").contains("/js/practice-player.js")
                .doesNotContain("role=\"timer\"");

        String question = questionAt(session, 0);
        int correct = correctPlace(session, 0);
        int wrong = (correct + 1) % 4;
        UUID answerId = UUID.randomUUID();
        MockHttpServletResponse answered = answer(session, question, answerId, wrong, "stay");
        assertThat(answered.getRedirectedUrl()).isEqualTo("/practice/sessions/" + session + "?q=1#feedback");
        String feedback = api.get("/practice/sessions/" + session + "?q=1", student).body();
        assertThat(feedback).contains("Incorrect.").contains("The answer is " + "ABCD".charAt(correct) + ".")
                .contains("<p>Why").contains("disabled");

        answer(session, question, UUID.randomUUID(), correct, "next");
        answer(session, question, answerId, correct, "stay");
        assertThat(answers(session)).as("the tutor's answer is locked; a resent form counts once").isEqualTo(1);
        assertThat(chosenPlace(session, 0)).isEqualTo(wrong);
    }

    @Test
    void anExamAnswerChangesUntilSubmitThenResultsAndReviewFilters() throws Exception {
        String session = build(student, "EXAM", false, 2);
        String first = questionAt(session, 0);
        answer(session, first, UUID.randomUUID(), 0, "stay");
        MockHttpServletResponse changed = answer(session, first, UUID.randomUUID(), 1, "next");
        assertThat(changed.getRedirectedUrl()).isEqualTo("/practice/sessions/" + session + "?q=2#question");
        assertThat(answers(session)).isEqualTo(2);
        String page = api.get("/practice/sessions/" + session + "?q=1", student).body();
        assertThat(page).containsPattern("id=\"option-1\" name=\"option\" value=\"1\"\\s+checked").doesNotContain("Incorrect.").doesNotContain("Correct.");

        MockHttpServletResponse flagged = mvc.perform(form("/practice/sessions/" + session + "/questions/"
                + questionAt(session, 1), student).param("marks", "true").param("flagged", "true")
                .param("struck", "2").param("go", "finish")).andReturn().getResponse();
        assertThat(flagged.getRedirectedUrl()).isEqualTo("/practice/sessions/" + session + "?q=2&confirm=true#confirm");
        String confirm = api.get("/practice/sessions/" + session + "?q=2&confirm=true", student).body();
        assertThat(confirm).contains("Submit the test?").contains("1 unanswered").contains("1 flagged")
                .contains("class=\"option-row struck\"");

        MockHttpServletResponse submitted = mvc.perform(form("/practice/sessions/" + session + "/submit", student))
                .andReturn().getResponse();
        assertThat(submitted.getRedirectedUrl()).isEqualTo("/practice/sessions/" + session + "/results");
        String results = api.get("/practice/sessions/" + session + "/results", student).body();
        int correct = chosenPlace(session, 0) == correctPlace(session, 0) ? 1 : 0;
        assertThat(results).contains(correct + " of 2").contains("By block").contains("By theme");
        assertThat(api.get("/practice/sessions/" + session + "?q=1", student).raw().getRedirectedUrl())
                .as("a submitted session opens on its results").endsWith("/results");

        String flaggedOnly = api.get("/practice/sessions/" + session + "/review?filter=flagged", student).body();
        assertThat(flaggedOnly).contains("Question 2").doesNotContain("Question 1 ").contains("not answered")
                .contains("Correct answer").contains("aria-current=\"page\">Flagged");
        String incorrect = api.get("/practice/sessions/" + session + "/review?filter=incorrect", student).body();
        assertThat(incorrect).contains("Question 2");
        assertThat(incorrect.contains("id=\"review-1\"")).isEqualTo(correct == 0);
        String all = api.get("/practice/sessions/" + session + "/review", student).body();
        assertThat(all).contains("id=\"review-1\"").contains("id=\"review-2\"").contains("Your answer")
                .contains("time:").contains(">Bookmark question 1</button>")
                .contains("name=\"back\" value=\"/practice/sessions/" + session + "/review?filter=all\"");

        String dashboard = api.get("/practice", student).body();
        assertThat(dashboard).contains("/practice/sessions/" + session + "/results").contains(correct + " of 2");
    }

    @Test
    void anUntimedSessionPausesWithTheQuestionHiddenAndResumesWhereItWas() throws Exception {
        String session = build(student, "EXAM", false, 2);
        String running = api.get("/practice/sessions/" + session + "?q=2", student).body();
        assertThat(running).contains("id=\"pause\"");
        MockHttpServletResponse paused = mvc.perform(form("/practice/sessions/" + session + "/pause", student)
                .param("position", "2")).andReturn().getResponse();
        assertThat(paused.getRedirectedUrl()).isEqualTo("/practice/sessions/" + session + "?q=2#question");
        String page = api.get("/practice/sessions/" + session + "?q=2", student).body();
        assertThat(page).contains("Paused").contains("id=\"resume\"").doesNotContain("id=\"question-form\"")
                .doesNotContain(pinnedStem(session, 1));
        assertThat(api.get("/practice", student).body()).contains("<strong>paused</strong>");

        MockHttpServletResponse refused = answer(session, questionAt(session, 0), UUID.randomUUID(), 0, "stay");
        assertThat(refused.getRedirectedUrl()).as("an answer sent from a stale page waits for the resume")
                .isEqualTo("/practice/sessions/" + session);
        assertThat(answers(session)).isZero();

        mvc.perform(form("/practice/sessions/" + session + "/pause", student).param("position", "2")
                .param("resume", "true")).andReturn();
        assertThat(api.get("/practice/sessions/" + session + "?q=2", student).body())
                .contains("id=\"question-form\"").contains(pinnedStem(session, 1)).contains("id=\"pause\"");
    }

    @Test
    void aTimedExamOffersNoPause() throws Exception {
        String session = build(student, "EXAM", true, 1);
        assertThat(api.get("/practice/sessions/" + session, student).body()).contains("role=\"timer\"")
                .doesNotContain("id=\"pause\"");
        MockHttpServletResponse refused = mvc.perform(form("/practice/sessions/" + session + "/pause", student))
                .andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(refused.getContentAsString()).contains("its clock cannot be paused").contains("role=\"timer\"");
    }

    @Test
    void anotherStudentsSessionIsNotFound() throws Exception {
        String session = build(student, "TUTOR", false, 1);
        String other = fixtures.student();
        assertThat(api.get("/practice/sessions/" + session, other).status()).isEqualTo(404);
        assertThat(api.get("/practice/sessions/" + session + "/results", other).status()).isEqualTo(404);
        assertThat(api.get("/practice/sessions/" + session + "/review", other).status()).isEqualTo(404);
        MockHttpServletResponse answer = mvc.perform(form("/practice/sessions/" + session + "/questions/"
                + questionAt(session, 0), other).param("answerId", UUID.randomUUID().toString()).param("option", "0"))
                .andReturn().getResponse();
        assertThat(answer.getStatus()).isEqualTo(404);
        assertThat(answers(session)).isZero();
        assertThat(api.get("/practice", student).body()).contains("Continue")
                .contains("/practice/sessions/" + session + "?q=1");
    }

    private String build(String token, String mode, boolean timed, int count) throws Exception {
        var request = form("/practice/new", token).param("mode", mode).param("count", String.valueOf(count))
                .param("nodes", theme.toString());
        if (timed) {
            request.param("timed", "true");
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getRedirectedUrl()).as(response.getContentAsString()).startsWith("/practice/sessions/");
        return response.getRedirectedUrl().substring("/practice/sessions/".length(),
                "/practice/sessions/".length() + 36);
    }

    private MockHttpServletResponse answer(String session, String question, UUID answerId, int option, String go)
            throws Exception {
        return mvc.perform(form("/practice/sessions/" + session + "/questions/" + question, student)
                .param("answerId", answerId.toString()).param("option", String.valueOf(option))
                .param("marks", "true").param("go", go)).andReturn().getResponse();
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder form(String path,
            String token) {
        return post(path).with(RealCsrf.token()).cookie(new Cookie("revisio_access", token));
    }

    private String themeLine(String page) {
        int at = page.indexOf("value=\"" + theme + "\"");
        return page.substring(Math.max(0, at - 120), Math.min(page.length(), at + 200));
    }

    private String pinnedStem(String session, int position) {
        return jdbc.sql("""
                        SELECT v.stem FROM practice.session_question q JOIN content.question_version v ON v.id = q.version_id
                        WHERE q.session_id = :session AND q.position = :position
                        """).param("session", UUID.fromString(session)).param("position", position)
                .query(String.class).single();
    }

    private String questionAt(String session, int position) {
        return jdbc.sql("SELECT question_id::text FROM practice.session_question WHERE session_id = :s AND position = :p")
                .param("s", UUID.fromString(session)).param("p", position).query(String.class).single();
    }

    private int correctPlace(String session, int position) {
        return place(session, position, "correct_index");
    }

    private int chosenPlace(String session, int position) {
        return place(session, position, "chosen_index");
    }

    private int place(String session, int position, String column) {
        return jdbc.sql("SELECT array_position(option_order, " + column + ") - 1 FROM practice.session_question"
                        + " WHERE session_id = :s AND position = :p")
                .param("s", UUID.fromString(session)).param("p", position).query(Integer.class).single();
    }

    private long answers(String session) {
        return jdbc.sql("SELECT count(*) FROM practice.answer WHERE session_id = :s")
                .param("s", UUID.fromString(session)).query(Long.class).single();
    }

}
