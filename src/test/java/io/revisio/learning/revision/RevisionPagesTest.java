package io.revisio.learning.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.revisio.identity.Role;
import io.revisio.identity.account.AccountRepository;
import io.revisio.identity.session.SessionTokens;
import io.revisio.learning.fsrs.FsrsWeights;
import io.revisio.practice.PracticeFixtures;
import io.revisio.testing.Api;
import io.revisio.testing.IntegrationTest;
import io.revisio.testing.RealCsrf;
import io.revisio.testing.SignedInUsers;
import jakarta.servlet.http.Cookie;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The student's revision page through plain forms (suspend, unsuspend, snooze, start a revision, settings with
 * field errors), its forecast and fits, the practice dashboard's due count, and the admins' fits page.
 */
@IntegrationTest
class RevisionPagesTest {

    static final String SESSIONS = "/api/v1/practice/sessions";

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

    @BeforeEach
    void setUp() {
        fixtures = new PracticeFixtures(mvc, jdbc, users, accounts, sessions);
        api = new Api(mvc);
        theme = fixtures.node(fixtures.node(fixtures.node(null, "year"), "block"), "theme");
        fixtures.awaitPool(fixtures.publishMany(theme, 3));
    }

    @Test
    void aStudentRevisesSuspendsSnoozesAndChoosesSettingsOnThePage() throws Exception {
        String student = fixtures.student();
        assertThat(api.get("/revision", student).body()).contains("Nothing is due today")
                .contains("Your reviews are scheduled with the standard FSRS-6 weights");
        assertThat(dashboard(student)).contains("Nothing is due for revision today.").contains("href=\"/revision\"");

        UUID wrong = answerOneRightOneWrong(student);
        String page = api.get("/revision", student).body();
        assertThat(page).contains("<strong>1</strong> card is due today").contains("<p class=\"revision-stem\">Stem ")
                .contains("<dt>Recall now</dt><dd>").contains(" %</dd>")
                .contains("action=\"/revision/cards/" + wrong + "/suspend\"")
                .contains("action=\"/revision/cards/" + wrong + "/snooze\"")
                .contains("name=\"_csrf\"").contains("id=\"start-revision\"").doesNotContain("Leech")
                .contains("href=\"/revision\">Revision</a>");
        assertThat(page.split("<meter ", -1)).as("a bar for each of 30 days").hasSize(31);
        assertThat(page).doesNotContain("style=").doesNotContain("<script>");
        assertThat(dashboard(student)).contains("<strong>1</strong> card is due for revision today.");

        // Suspended, it leaves today's cards for the suspended list, and comes back.
        assertThat(form("/revision/cards/" + wrong + "/suspend", student).getRedirectedUrl())
                .isEqualTo("/revision#suspended");
        page = api.get("/revision", student).body();
        assertThat(page).contains("Nothing is due today").contains("action=\"/revision/cards/" + wrong + "/unsuspend\"");
        assertThat(dashboard(student)).contains("Nothing is due for revision today.");
        assertThat(form("/revision/cards/" + wrong + "/unsuspend", student).getRedirectedUrl()).isEqualTo("/revision#due");
        assertThat(api.get("/revision", student).body()).contains("<strong>1</strong> card is due today");

        // Start revision: a practice session over the due card, opened at its first question.
        MockHttpServletResponse started = form("/revision/sessions", student);
        assertThat(started.getRedirectedUrl()).as(started.getContentAsString())
                .matches("/practice/sessions/[0-9a-f-]{36}\\?q=1#question");
        String session = started.getRedirectedUrl().replaceAll(".*/sessions/([0-9a-f-]{36}).*", "$1");
        assertThat(api.get(SESSIONS + "/" + session, student).<String>json("$.questions[0].questionId"))
                .isEqualTo(wrong.toString());

        // Snoozed by three days, nothing is left to revise today.
        assertThat(form("/revision/cards/" + wrong + "/snooze", student, "days", "31").getStatus()).isEqualTo(400);
        assertThat(form("/revision/cards/" + wrong + "/snooze", student, "days", "soon").getStatus()).isEqualTo(400);
        assertThat(form("/revision/cards/" + wrong + "/snooze", student, "days", "3").getRedirectedUrl())
                .isEqualTo("/revision#due");
        assertThat(api.get("/revision", student).body()).contains("Nothing is due today");
        MockHttpServletResponse nothing = form("/revision/sessions", student);
        assertThat(nothing.getStatus()).isEqualTo(422);
        assertThat(nothing.getContentAsString()).contains("Nothing is due for revision today.");

        MockHttpServletResponse notTheirs = form("/revision/cards/" + wrong + "/suspend", fixtures.student());
        assertThat(notTheirs.getStatus()).isEqualTo(404);
        assertThat(notTheirs.getContentAsString()).contains("You have no revision card for that question.");

        // Settings: each refused field is named, nothing is saved; good values are.
        MockHttpServletResponse refused = form("/revision/settings", student, "desiredRetention", "0.99",
                "dailyLimit", "many");
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("Enter a number from 0.70 to 0.97")
                .contains("Enter a whole number from 1 to 500.").contains("aria-invalid=\"true\"")
                .contains("value=\"0.99\"").contains("value=\"many\"");
        assertThat(form("/revision/settings", student, "desiredRetention", "0.85", "dailyLimit", "501")
                .getStatus()).isEqualTo(400);
        assertThat(api.get("/api/v1/revision/settings", student).body())
                .isEqualTo("{\"desiredRetention\":0.9,\"dailyLimit\":100}");
        assertThat(form("/revision/settings", student, "desiredRetention", "0.85", "dailyLimit", "20")
                .getRedirectedUrl()).isEqualTo("/revision#settings");
        assertThat(api.get("/api/v1/revision/settings", student).body())
                .isEqualTo("{\"desiredRetention\":0.85,\"dailyLimit\":20}");
        assertThat(api.get("/revision", student).body()).contains("value=\"0.85\"").contains("value=\"20\"");
    }

    @Test
    void fitsAreShownToTheStudentAndToAdmins() {
        String student = fixtures.student();
        UUID id = studentId(student);
        UUID fit = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO learning.revision_fit (id, student_id, fitted_at, reviews_total, reviews_used, held_out,
                            held_out_predictions, log_loss_before, log_loss_after, accepted, weights)
                        VALUES (:id, :student, :at, 500, 400, 100, 90, 0.4123, 0.3871, true, :weights)
                        """)
                .param("id", fit).param("student", id).param("at", Timestamp.from(Instant.parse("2026-11-20T03:00:00Z")))
                .param("weights", Arrays.stream(FsrsWeights.DEFAULT.toArray()).boxed().toArray(Double[]::new)).update();

        String page = api.get("/revision", student).body();
        assertThat(page).contains("weights fitted to your own reviews on 20 Nov 2026, 03:00")
                .contains("<td data-label=\"Log loss before\">0.4123</td>").contains("kept: better on your newest");

        String admin = users.as(Role.ADMIN).accessToken();
        Api.Response all = api.get("/admin/revision/fits", admin);
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.body()).contains(id.toString()).contains("accepted").contains("90 predicted")
                .contains("href=\"/admin/revision/fits\" aria-current=\"page\"");
        assertThat(api.get("/admin/revision/fits?student=" + UUID.randomUUID(), admin).body()).contains("No fit yet.");
        Api.Response bad = api.get("/admin/revision/fits?student=someone", admin);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("Student must be an account id.");
        assertThat(api.get("/admin/revision/fits", student).status()).isEqualTo(403);
    }

    private UUID answerOneRightOneWrong(String student) {
        Api.Response created = api.post(SESSIONS, "{\"mode\":\"TUTOR\",\"nodes\":[\"" + theme + "\"],\"count\":2}",
                student);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String session = created.json("$.id");
        answer(student, session, 0, true);
        UUID wrong = answer(student, session, 1, false);
        api.post(SESSIONS + "/" + session + "/submit", null, student);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50))
                .until(() -> jdbc.sql("SELECT count(*) FROM learning.revision_card WHERE question_id = :q")
                        .param("q", wrong).query(Long.class).single() == 1);
        return wrong;
    }

    private UUID answer(String student, String session, int position, boolean right) {
        String question = api.get(SESSIONS + "/" + session, student).json("$.questions[" + position + "].questionId");
        int place = jdbc.sql("SELECT array_position(option_order, correct_index) - 1 FROM practice.session_question "
                        + "WHERE session_id = :s AND question_id = :q")
                .param("s", UUID.fromString(session)).param("q", UUID.fromString(question)).query(Integer.class)
                .single();
        Api.Response answered = api.send(HttpMethod.PUT, SESSIONS + "/" + session + "/answers/" + question,
                "{\"answerId\":\"" + UUID.randomUUID() + "\",\"option\":" + (right ? place : (place + 1) % 4) + "}",
                student, "127.0.0.1");
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        return UUID.fromString(question);
    }

    private String dashboard(String student) {
        return api.get("/practice", student).body();
    }

    private MockHttpServletResponse form(String path, String token, String... fields) throws Exception {
        MockHttpServletRequestBuilder request = post(path).with(RealCsrf.token())
                .cookie(new Cookie("revisio_access", token));
        for (int i = 0; i < fields.length; i += 2) {
            request = request.param(fields[i], fields[i + 1]);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private static UUID studentId(String token) {
        try {
            return UUID.fromString(com.nimbusds.jwt.SignedJWT.parse(token).getJWTClaimsSet().getSubject());
        } catch (java.text.ParseException e) {
            throw new IllegalStateException(e);
        }
    }
}
