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
 * Answering through the API: idempotent answer ids, exam changes with their history, the tutor lock with
 * its feedback, flags and strike-outs, options as shown, and another student's session.
 */
@IntegrationTest
class PracticeSessionAnsweringApiTest {

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
    void aRetriedAnswerChangesNothingAndGetsTheSameAnswerBack() {
        String session = start("EXAM", 2);
        String question = questionAt(session, 0);
        UUID answerId = UUID.randomUUID();
        Api.Response first = answer(session, question, "{\"answerId\":\"" + answerId + "\",\"option\":1}");
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        Api.Response retry = answer(session, question, "{\"answerId\":\"" + answerId + "\",\"option\":1}");
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.body()).isEqualTo(first.body());
        Api.Response sameIdOtherOption = answer(session, question, "{\"answerId\":\"" + answerId + "\",\"option\":2}");
        assertThat(sameIdOtherOption.<Integer>json("$.option")).as("the id names the answer once given").isEqualTo(1);
        assertThat(answers(session)).isEqualTo(1);
        assertThat(first.body()).as("no feedback in an exam").doesNotContain("feedback");

        Api.Response elsewhere = answer(session, questionAt(session, 1), "{\"answerId\":\"" + answerId + "\",\"option\":0}");
        assertThat(elsewhere.status()).isEqualTo(409);
        assertThat(elsewhere.<String>json("$.type")).isEqualTo("urn:revisio:problem:practice-answer-id-taken");
    }

    @Test
    void anExamAnswerMayChangeUntilSubmitAndEveryChangeIsKept() {
        String session = start("EXAM", 1);
        String question = questionAt(session, 0);
        int right = correctPlace(session, question);
        int wrong = (right + 1) % 4;
        assertThat(answer(session, question, body(right)).status()).isEqualTo(200);
        Api.Response changed = answer(session, question, body(wrong));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.<Integer>json("$.option")).isEqualTo(wrong);
        assertThat(answers(session)).isEqualTo(2);
        assertThat(jdbc.sql("SELECT correct FROM practice.answer WHERE session_id = :id ORDER BY answered_at, id")
                .param("id", UUID.fromString(session)).query(Boolean.class).list())
                .as("right, then wrong").containsExactly(true, false);

        Api.Response state = api.get(SESSIONS + "/" + session, student);
        assertThat(state.<Integer>json("$.questions[0].answer.option")).isEqualTo(wrong);
        assertThat(state.<Integer>json("$.answered")).isEqualTo(1);
    }

    @Test
    void tutorModeShowsFeedbackAndLocksTheAnswer() {
        String session = start("TUTOR", 1);
        String question = questionAt(session, 0);
        int right = correctPlace(session, question);
        Api.Response answered = answer(session, question, body((right + 2) % 4));
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(answered.<Boolean>json("$.feedback.correct")).isFalse();
        assertThat(answered.<Integer>json("$.feedback.correctOption")).isEqualTo(right);
        assertThat(answered.<String>json("$.feedback.explanation")).startsWith("Why");

        Api.Response again = answer(session, question, body(right));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.<String>json("$.type")).isEqualTo("urn:revisio:problem:practice-answer-locked");
        assertThat(answers(session)).isEqualTo(1);

        Api.Response flagged = answer(session, question, "{\"flagged\":true,\"struckOut\":[3,1]}");
        assertThat(flagged.status()).as("marks still change").isEqualTo(200);
        Api.Response state = api.get(SESSIONS + "/" + session, student);
        assertThat(state.<Boolean>json("$.questions[0].flagged")).isTrue();
        assertThat(state.<List<Integer>>json("$.questions[0].struckOut")).containsExactly(1, 3);
        assertThat(state.<Boolean>json("$.questions[0].feedback.correct")).isFalse();
    }

    @Test
    void optionsOutsideTheQuestionAndBadAnswersAreRefused() {
        String session = start("EXAM", 1);
        String question = questionAt(session, 0);
        Api.Response foreign = answer(session, question, body(4));
        assertThat(foreign.status()).isEqualTo(422);
        assertThat(foreign.<String>json("$.type")).isEqualTo("urn:revisio:problem:practice-option-not-in-question");
        assertThat(answer(session, question, body(-1)).status()).isEqualTo(422);
        assertThat(answer(session, question, "{\"flagged\":true,\"struckOut\":[9]}").status()).isEqualTo(422);
        assertThat(answer(session, question, "{\"option\":1}").status()).as("no answer id").isEqualTo(400);
        assertThat(answer(session, question, "{}").status()).isEqualTo(400);
        assertThat(answer(session, question, "{\"struckOut\":[null]}").status()).isEqualTo(400);
        assertThat(answer(session, question, "{\"answerId\":\"nope\",\"option\":1}").status()).isEqualTo(400);
        assertThat(answer(session, UUID.randomUUID().toString(), body(1)).status()).isEqualTo(404);
        assertThat(api.send(HttpMethod.PUT, SESSIONS + "/" + session + "/answers/not-a-uuid", body(1), student,
                "127.0.0.1").status()).isEqualTo(400);
        assertThat(answers(session)).isZero();
        assertThat(jdbc.sql("SELECT flagged FROM practice.session_question WHERE session_id = :id")
                .param("id", UUID.fromString(session)).query(Boolean.class).single()).as("nothing half-written").isFalse();
    }

    @Test
    void anotherStudentsSessionDoesNotExistForThem() {
        String session = start("EXAM", 1);
        String question = questionAt(session, 0);
        String other = fixtures.student();
        assertThat(api.get(SESSIONS + "/" + session, other).status()).isEqualTo(404);
        assertThat(api.send(HttpMethod.PUT, SESSIONS + "/" + session + "/answers/" + question, body(0), other,
                "127.0.0.1").status()).isEqualTo(404);
        assertThat(api.post(SESSIONS + "/" + session + "/submit", null, other).status()).isEqualTo(404);
        assertThat(api.get(SESSIONS + "/" + session + "/review", other).status()).isEqualTo(404);
        assertThat(api.get(SESSIONS + "/" + UUID.randomUUID(), student).status()).isEqualTo(404);
    }

    @Test
    void theSessionLooksTheSameFromAnyDevice() {
        List<String> devices = fixtures.studentOnDevices(2);
        student = devices.get(0);
        String session = start("EXAM", 2);
        answer(session, questionAt(session, 0), body(2));
        student = devices.get(1);
        answer(session, questionAt(session, 1), "{\"flagged\":true}");
        Api.Response phone = api.get(SESSIONS + "/" + session, devices.get(0));
        Api.Response laptop = api.get(SESSIONS + "/" + session, devices.get(1));
        assertThat(laptop.body()).isEqualTo(phone.body());
        assertThat(phone.<Integer>json("$.questions[0].answer.option")).isEqualTo(2);
        assertThat(phone.<Boolean>json("$.questions[1].flagged")).isTrue();
    }

    @Test
    void theServerMeasuresTheTimeOnEachQuestion() {
        String session = start("EXAM", 1);
        String question = questionAt(session, 0);
        Api.Response answered = answer(session, question,
                "{\"answerId\":\"" + UUID.randomUUID() + "\",\"option\":0,\"timeSpentMs\":86400000}");
        long spent = ((Number) answered.json("$.timeSpentMs")).longValue();
        assertThat(spent).as("a hint longer than the time that passed is ignored").isLessThan(60_000);
    }

    private String start(String mode, int count) {
        Api.Response created = api.post(SESSIONS, "{\"mode\":\"" + mode + "\",\"nodes\":[\"" + theme + "\"],\"count\":"
                + count + (mode.equals("EXAM") ? ",\"timed\":false" : "") + "}", student);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json("$.id");
    }

    private String questionAt(String session, int position) {
        return api.get(SESSIONS + "/" + session, student).json("$.questions[" + position + "].questionId");
    }

    private Api.Response answer(String session, String question, String json) {
        return api.send(HttpMethod.PUT, SESSIONS + "/" + session + "/answers/" + question, json, student, "127.0.0.1");
    }

    private static String body(int option) {
        return "{\"answerId\":\"" + UUID.randomUUID() + "\",\"option\":" + option + "}";
    }

    private long answers(String session) {
        return jdbc.sql("SELECT count(*) FROM practice.answer WHERE session_id = :id")
                .param("id", UUID.fromString(session)).query(Long.class).single();
    }

    /** Where the right option is shown, read from the pinned order. */
    int correctPlace(String session, String question) {
        return jdbc.sql("SELECT array_position(option_order, correct_index) - 1 FROM practice.session_question "
                        + "WHERE session_id = :s AND question_id = :q")
                .param("s", UUID.fromString(session)).param("q", UUID.fromString(question)).query(Integer.class).single();
    }
}
