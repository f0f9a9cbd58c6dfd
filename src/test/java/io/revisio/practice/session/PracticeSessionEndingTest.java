package io.revisio.practice.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.identity.account.AccountRepository;
import io.revisio.identity.session.SessionTokens;
import io.revisio.practice.PracticeFixtures;
import io.revisio.practice.PracticeSessionFinished;
import io.revisio.testing.Api;
import io.revisio.testing.IntegrationTest;
import io.revisio.testing.SignedInUsers;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * How sessions end: submit (twice gives the same result), expiry by the server with no client, abandon;
 * the finished event through the registry, the review's peer counters, and a redelivered event.
 */
@IntegrationTest
class PracticeSessionEndingTest {

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

    @Autowired
    PracticeSessionEnding ending;

    @Autowired
    OptionCounters counters;

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    PracticeFixtures fixtures;
    Api api;
    UUID theme;
    String student;

    @BeforeEach
    void setUp() {
        fixtures = new PracticeFixtures(mvc, jdbc, users, accounts, sessions);
        api = new Api(mvc);
        theme = fixtures.node(fixtures.node(fixtures.node(null, "year"), "block"), "theme");
        fixtures.awaitPool(fixtures.publishMany(theme, 3));
        student = fixtures.student();
    }

    @Test
    void submittingScoresByBlockAndThemeAndTwiceGivesTheSameResult() {
        String session = start("{\"mode\":\"EXAM\",\"timed\":false,\"nodes\":[\"" + theme + "\"],\"count\":3}");
        answerRight(session, 0, true);
        answerRight(session, 1, false);

        Api.Response submitted = api.post(SESSIONS + "/" + session + "/submit", null, student);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(submitted.<Integer>json("$.score.correct")).isEqualTo(1);
        assertThat(submitted.<Integer>json("$.score.total")).isEqualTo(3);
        assertThat(submitted.<Double>json("$.score.percent")).isEqualTo(33.3);
        assertThat(submitted.<List<Integer>>json("$.blocks[*].score.total")).containsExactly(3);
        assertThat(submitted.<List<String>>json("$.themes[*].nodeId")).containsExactly(theme.toString());
        assertThat(submitted.<String>json("$.state")).isEqualTo("SUBMITTED");

        Api.Response again = api.post(SESSIONS + "/" + session + "/submit", null, student);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(submitted.body());

        Api.Response late = put(session, questionAt(session, 2), "{\"answerId\":\"" + UUID.randomUUID()
                + "\",\"option\":0}");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.<String>json("$.type")).isEqualTo("urn:revisio:problem:practice-session-closed");
        assertThat(late.<String>json("$.state")).isEqualTo("SUBMITTED");

        Api.Response state = api.get(SESSIONS + "/" + session, student);
        assertThat(state.<String>json("$.state")).isEqualTo("SUBMITTED");
        assertThat(state.<List<Object>>json("$.questions[*].feedback")).as("feedback once finished").hasSize(3);
    }

    @Test
    void theFinishedEventIsHandledOnceAndTheReviewShowsPeerShares() {
        String session = start("{\"mode\":\"TUTOR\",\"nodes\":[\"" + theme + "\"],\"count\":3}");
        assertThat(api.get(SESSIONS + "/" + session + "/review", student).status())
                .as("no review before a result").isEqualTo(409);
        answerRight(session, 0, true);
        answerRight(session, 1, false);
        put(session, questionAt(session, 1), "{\"flagged\":true}");
        api.post(SESSIONS + "/" + session + "/submit", null, student);
        awaitCounted(session);
        awaitNoOutstandingPublications();

        UUID version = versionAt(session, 0);
        assertThat(chosen(version)).isEqualTo(1);
        Api.Response review = api.get(SESSIONS + "/" + session + "/review", student);
        assertThat(review.status()).as(review.body()).isEqualTo(200);
        assertThat(review.<List<Object>>json("$.questions")).hasSize(3);
        assertThat(review.<List<Double>>json("$.questions[0].options[?(@.yours == true)].share")).containsExactly(1.0);
        assertThat(review.<String>json("$.questions[0].explanation")).startsWith("Why");
        assertThat(review.<Integer>json("$.questions[0].chosenByPeers")).isEqualTo(1);
        assertThat(review.<List<Object>>json("$.questions[2].options[?(@.share)]")).as("unanswered: no peers yet")
                .isEmpty();

        Api.Response incorrect = api.get(SESSIONS + "/" + session + "/review?filter=incorrect", student);
        assertThat(incorrect.<List<Integer>>json("$.questions[*].position")).containsExactly(1, 2);
        Api.Response flagged = api.get(SESSIONS + "/" + session + "/review?filter=flagged", student);
        assertThat(flagged.<List<Integer>>json("$.questions[*].position")).containsExactly(1);
        assertThat(api.get(SESSIONS + "/" + session + "/review?filter=odd", student).status()).isEqualTo(400);

        PracticeSessionFinished redelivered = new PracticeSessionFinished(UUID.fromString(session), UUID.randomUUID(),
                "TUTOR", "SUBMITTED", Instant.now(), 1, 3, List.of(new PracticeSessionFinished.QuestionOutcome(
                        UUID.randomUUID(), version, theme, 0, 0, true, 1000, List.of())));
        counters.on(redelivered);
        counters.on(redelivered);
        assertThat(chosen(version)).as("a redelivered event counts nothing").isEqualTo(1);
        transactions.executeWithoutResult(status -> events.publishEvent(redelivered));
        awaitNoOutstandingPublications();
        assertThat(chosen(version)).as("nor does one delivered again through the registry").isEqualTo(1);
    }

    @Test
    void aTimedSessionExpiresAtItsDeadlineWithNoClient() {
        String session = start("{\"mode\":\"EXAM\",\"nodes\":[\"" + theme + "\"],\"count\":2}");
        answerRight(session, 0, true);
        Instant deadline = Instant.parse(api.get(SESSIONS + "/" + session, student).json("$.deadline"));
        assertThat(ending.expireDue(deadline.minusSeconds(1), 100)).as("not yet").isZero();

        assertThat(ending.expireDue(deadline.plus(Duration.ofSeconds(1)), 100)).isEqualTo(1);
        assertThat(ending.expireDue(deadline.plus(Duration.ofSeconds(2)), 100)).as("only once").isZero();

        Api.Response state = api.get(SESSIONS + "/" + session, student);
        assertThat(state.<String>json("$.state")).isEqualTo("EXPIRED");
        assertThat(state.<Integer>json("$.result.score.correct")).isEqualTo(1);
        Api.Response late = put(session, questionAt(session, 1), "{\"answerId\":\"" + UUID.randomUUID()
                + "\",\"option\":0}");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.<String>json("$.state")).isEqualTo("EXPIRED");
        Api.Response submitted = api.post(SESSIONS + "/" + session + "/submit", null, student);
        assertThat(submitted.status()).isEqualTo(200);
        assertThat(submitted.<String>json("$.state")).isEqualTo("EXPIRED");
        awaitCounted(session);
    }

    @Test
    void twoInstancesExpiringAtOnceExpireEachSessionOnce() throws Exception {
        List<UUID> timed = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            timed.add(UUID.fromString(start("{\"mode\":\"EXAM\",\"nodes\":[\"" + theme + "\"],\"count\":1}")));
        }
        Instant later = Instant.now().plus(Duration.ofHours(1));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Future<Integer> one = pool.submit(() -> ending.expireDue(later, 100));
            java.util.concurrent.Future<Integer> two = pool.submit(() -> ending.expireDue(later, 100));
            assertThat(one.get() + two.get()).isGreaterThanOrEqualTo(3);
        } finally {
            pool.shutdown();
        }
        for (UUID session : timed) {
            assertThat(jdbc.sql("SELECT state FROM practice.practice_session WHERE id = :id").param("id", session)
                    .query(String.class).single()).isEqualTo("EXPIRED");
            awaitCounted(session.toString());
        }
    }

    @Test
    void anAbandonedSessionTakesNothingMoreAndAnnouncesNothing() {
        String session = start("{\"mode\":\"EXAM\",\"timed\":false,\"nodes\":[\"" + theme + "\"],\"count\":1}");
        Api.Response abandoned = api.post(SESSIONS + "/" + session + "/abandon", null, student);
        assertThat(abandoned.status()).as(abandoned.body()).isEqualTo(200);
        assertThat(abandoned.<String>json("$.state")).isEqualTo("ABANDONED");
        assertThat(api.post(SESSIONS + "/" + session + "/submit", null, student).status()).isEqualTo(409);
        assertThat(api.post(SESSIONS + "/" + session + "/abandon", null, student).status()).isEqualTo(409);
        assertThat(put(session, questionAt(session, 0), "{\"flagged\":true}").status()).isEqualTo(409);
        assertThat(api.get(SESSIONS + "/" + session + "/review", student).status()).isEqualTo(409);
        assertThat(jdbc.sql("SELECT count(*) FROM practice.counted_session WHERE session_id = :id")
                .param("id", UUID.fromString(session)).query(Long.class).single()).isZero();
    }

    private String start(String json) {
        Api.Response created = api.post(SESSIONS, json, student);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json("$.id");
    }

    private void answerRight(String session, int position, boolean right) {
        String question = questionAt(session, position);
        int place = jdbc.sql("SELECT array_position(option_order, correct_index) - 1 FROM practice.session_question "
                        + "WHERE session_id = :s AND question_id = :q")
                .param("s", UUID.fromString(session)).param("q", UUID.fromString(question)).query(Integer.class).single();
        Api.Response answered = put(session, question, "{\"answerId\":\"" + UUID.randomUUID() + "\",\"option\":"
                + (right ? place : (place + 1) % 4) + "}");
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
    }

    private String questionAt(String session, int position) {
        return api.get(SESSIONS + "/" + session, student).json("$.questions[" + position + "].questionId");
    }

    private UUID versionAt(String session, int position) {
        return jdbc.sql("SELECT version_id FROM practice.session_question WHERE session_id = :s AND position = :p")
                .param("s", UUID.fromString(session)).param("p", position).query(UUID.class).single();
    }

    private long chosen(UUID version) {
        return jdbc.sql("SELECT coalesce(sum(chosen), 0) FROM practice.option_choice WHERE version_id = :v")
                .param("v", version).query(Long.class).single();
    }

    private Api.Response put(String session, String question, String json) {
        return api.send(HttpMethod.PUT, SESSIONS + "/" + session + "/answers/" + question, json, student, "127.0.0.1");
    }

    private void awaitCounted(String session) {
        await(() -> jdbc.sql("SELECT count(*) FROM practice.counted_session WHERE session_id = :id")
                .param("id", UUID.fromString(session)).query(Long.class).single() == 1);
    }

    private void awaitNoOutstandingPublications() {
        await(() -> jdbc.sql("SELECT count(*) FROM platform.event_publication").query(Long.class).single() == 0);
    }

    /** Listeners run after the commit, on other threads: wait for what they do. */
    private static void await(java.util.function.BooleanSupplier condition) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15))
                .pollInterval(java.time.Duration.ofMillis(50)).until(condition::getAsBoolean);
    }
}
