package io.revisio.practice.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.identity.account.AccountRepository;
import io.revisio.identity.session.SessionTokens;
import io.revisio.practice.PracticeFixtures;
import io.revisio.testing.Api;
import io.revisio.testing.IntegrationTest;
import io.revisio.testing.SignedInUsers;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Pause and resume through the API: only where the mode allows it, seen from every device, no answer while
 * paused, the time away not credited to the question, and a paused session can still be submitted.
 */
@IntegrationTest
class PracticeSessionPauseApiTest {

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
    void aPauseShowsOnEveryDeviceAndHoldsAnswersUntilResumed() {
        List<String> devices = fixtures.studentOnDevices(2);
        String phone = devices.get(0);
        String laptop = devices.get(1);
        String session = start(phone, "{\"mode\":\"TUTOR\",\"nodes\":[\"" + theme + "\"],\"count\":2}");
        assertThat(api.get(SESSIONS + "/" + session, phone).<Boolean>json("$.pausable")).isTrue();

        Api.Response paused = api.post(SESSIONS + "/" + session + "/pause", null, phone);
        assertThat(paused.status()).as(paused.body()).isEqualTo(200);
        assertThat(paused.<String>json("$.state")).isEqualTo("PAUSED");
        assertThat(api.post(SESSIONS + "/" + session + "/pause", null, laptop).<String>json("$.state"))
                .as("pausing again changes nothing").isEqualTo("PAUSED");
        assertThat(api.get(SESSIONS + "/" + session, laptop).<String>json("$.state")).isEqualTo("PAUSED");

        String question = api.get(SESSIONS + "/" + session, laptop).json("$.questions[0].questionId");
        Api.Response refused = api.send(HttpMethod.PUT, SESSIONS + "/" + session + "/answers/" + question,
                "{\"answerId\":\"" + UUID.randomUUID() + "\",\"option\":0}", laptop, "127.0.0.1");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.<String>json("$.type")).endsWith("practice-session-paused");
        assertThat(refused.body()).contains("resume it");
        assertThat(answers(session)).isZero();

        // The student looked at the question for 10 s, then paused for an hour.
        jdbc.sql("""
                        UPDATE practice.practice_session SET paused_at = paused_at - interval '1 hour',
                               last_activity_at = paused_at - interval '1 hour 10 seconds' WHERE id = :id
                        """).param("id", UUID.fromString(session)).update();
        Api.Response resumed = api.post(SESSIONS + "/" + session + "/resume", null, laptop);
        assertThat(resumed.<String>json("$.state")).isEqualTo("IN_PROGRESS");
        Api.Response answered = api.send(HttpMethod.PUT, SESSIONS + "/" + session + "/answers/" + question,
                "{\"answerId\":\"" + UUID.randomUUID() + "\",\"option\":0}", laptop, "127.0.0.1");
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        long spent = ((Number) answered.json("$.timeSpentMs")).longValue();
        assertThat(spent).as("the hour away is not the question's").isBetween(10_000L, 70_000L);
    }

    @Test
    void aTimedExamCannotBePausedAndAPausedSessionCanStillBeSubmitted() {
        String student = fixtures.student();
        String timed = start(student, "{\"mode\":\"EXAM\",\"nodes\":[\"" + theme + "\"],\"count\":1}");
        assertThat(api.get(SESSIONS + "/" + timed, student).<Boolean>json("$.pausable")).isFalse();
        Api.Response refused = api.post(SESSIONS + "/" + timed + "/pause", null, student);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.<String>json("$.type")).endsWith("practice-pause-not-allowed");
        assertThat(api.get(SESSIONS + "/" + timed, student).<String>json("$.state")).isEqualTo("IN_PROGRESS");

        String untimed = start(student, "{\"mode\":\"EXAM\",\"timed\":false,\"nodes\":[\"" + theme + "\"],\"count\":1}");
        api.post(SESSIONS + "/" + untimed + "/pause", null, student);
        Api.Response submitted = api.post(SESSIONS + "/" + untimed + "/submit", null, student);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(api.get(SESSIONS + "/" + untimed, student).<String>json("$.state")).isEqualTo("SUBMITTED");
        assertThat(api.post(SESSIONS + "/" + untimed + "/resume", null, student).status())
                .as("an ended session neither pauses nor resumes").isEqualTo(409);
        assertThat(api.post(SESSIONS + "/" + untimed + "/pause", null, fixtures.student()).status())
                .as("another student's session").isEqualTo(404);
    }

    private String start(String student, String body) {
        Api.Response created = api.post(SESSIONS, body, student);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json("$.id");
    }

    private long answers(String session) {
        return jdbc.sql("SELECT count(*) FROM practice.answer WHERE session_id = :id")
                .param("id", UUID.fromString(session)).query(Long.class).single();
    }
}
