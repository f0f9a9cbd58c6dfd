package io.revisio.practice.session;

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
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Adaptive practice on the pages: the builder's choice, the dashboard's shortcut, and the reason in the player. */
@IntegrationTest
class AdaptivePracticePagesTest {

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
    void theBuilderOffersAdaptiveAndThePlayerSaysWhyEachQuestionWasChosen() throws Exception {
        assertThat(api.get("/practice/new", student).body()).contains("name=\"mode\" value=\"ADAPTIVE\"");
        // Pools ticked before switching to adaptive are ignored by the page, not refused.
        MockHttpServletResponse built = mvc.perform(form("/practice/new").param("mode", "ADAPTIVE")
                .param("pools", "flagged").param("nodes", theme.toString()).param("count", "6"))
                .andReturn().getResponse();
        assertThat(built.getRedirectedUrl()).as(built.getContentAsString()).startsWith("/practice/sessions/");
        String session = built.getRedirectedUrl().substring("/practice/sessions/".length(),
                "/practice/sessions/".length() + 36);

        String player = api.get("/practice/sessions/" + session + "?q=1", student).body();
        assertThat(player).contains("Adaptive ·").contains("Why this question:</strong> it is near your ability: "
                + "predicted success 63 %, close to the 70 % aimed at.")
                .contains("You asked for 6 questions; only 4 matched").contains("Check answer");

        String question = api.get("/api/v1/practice/sessions/" + session, student).json("$.questions[0].questionId");
        MockHttpServletResponse answered = mvc.perform(form("/practice/sessions/" + session + "/questions/" + question)
                .param("answerId", UUID.randomUUID().toString()).param("option", "0").param("marks", "true")
                .param("go", "stay")).andReturn().getResponse();
        assertThat(answered.getRedirectedUrl()).isEqualTo("/practice/sessions/" + session + "?q=1#feedback");
        assertThat(api.get("/practice/sessions/" + session + "?q=1", student).body())
                .containsPattern("Correct\\.|Incorrect\\.").contains("Why this question:");
    }

    @Test
    void theDashboardStartsAnAdaptiveSessionInOneClick() throws Exception {
        String dashboard = api.get("/practice", student).body();
        assertThat(dashboard).contains("id=\"practise-adaptively\"").contains("name=\"mode\" value=\"ADAPTIVE\"");
        MockHttpServletResponse built = mvc.perform(form("/practice/new").param("mode", "ADAPTIVE")
                .param("count", "20")).andReturn().getResponse();
        assertThat(built.getRedirectedUrl()).as(built.getContentAsString()).startsWith("/practice/sessions/");
        assertThat(api.get("/practice", student).body()).contains("Adaptive,");
    }

    private MockHttpServletRequestBuilder form(String path) {
        return post(path).with(RealCsrf.token()).cookie(new Cookie("revisio_access", student));
    }
}
