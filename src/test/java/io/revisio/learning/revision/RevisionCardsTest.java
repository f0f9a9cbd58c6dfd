package io.revisio.learning.revision;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.identity.account.AccountRepository;
import io.revisio.identity.session.SessionTokens;
import io.revisio.practice.PracticeFixtures;
import io.revisio.practice.PracticeSessionFinished;
import io.revisio.practice.PracticeSessionFinished.AnswerChange;
import io.revisio.practice.PracticeSessionFinished.QuestionOutcome;
import io.revisio.testing.Api;
import io.revisio.testing.IntegrationTest;
import io.revisio.testing.SignedInUsers;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Practice answers become revision reviews and cards (through the finished-session event), the daily queue
 * and forecast read them, students suspend and snooze cards, and a rebuild from the reviews gives the same
 * cards.
 */
@IntegrationTest
class RevisionCardsTest {

    static final String SESSIONS = "/api/v1/practice/sessions";
    static final String REVISION = "/api/v1/revision";

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
    RevisionCards cards;

    @Autowired
    RevisionSettingsStore settings;

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
    void answersBecomeGradedReviewsAndCardsThatTheQueueShowsMostAtRiskFirst() {
        String student = fixtures.student();
        String session = start(student);
        answer(student, session, 0, true);
        answer(student, session, 1, false);
        api.post(SESSIONS + "/" + session + "/submit", null, student);
        UUID right = UUID.fromString(questionAt(student, session, 0));
        UUID wrong = UUID.fromString(questionAt(student, session, 1));
        await(() -> count("SELECT count(*) FROM learning.revision_card WHERE question_id IN (:a, :b)", right, wrong) == 2);

        assertThat(ratingOf(right)).as("right in a moment: easy").isEqualTo(4);
        assertThat(ratingOf(wrong)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM learning.revision_review WHERE session_id = :a", UUID.fromString(session),
                null)).as("the unanswered question is no review").isEqualTo(2);

        // Forgotten: back in a minute (a learning step). Easy: straight to days (the first Easy interval).
        Api.Response today = api.get(REVISION + "/today", student);
        assertThat(today.status()).as(today.body()).isEqualTo(200);
        assertThat(today.<Integer>json("$.due")).isEqualTo(1);
        assertThat(today.<List<String>>json("$.cards[*].questionId")).containsExactly(wrong.toString());
        assertThat(today.<String>json("$.cards[0].phase")).isEqualTo("LEARNING");
        assertThat(today.<Double>json("$.cards[0].retrievability")).isLessThan(1.0);
        assertThat(api.get(REVISION + "/today?limit=0", student).status()).isEqualTo(400);

        Api.Response forecast = api.get(REVISION + "/forecast", student);
        assertThat(forecast.<List<Object>>json("$.days")).hasSize(30);
        assertThat(forecast.<Integer>json("$.days[0].due")).isEqualTo(1);
        assertThat(forecast.<List<Integer>>json("$.days[*].due").stream().mapToInt(Integer::intValue).sum())
                .as("the easy card later this month").isEqualTo(2);

        Api.Response suspended = post(REVISION + "/cards/" + wrong + "/suspend", null, student);
        assertThat(suspended.status()).as(suspended.body()).isEqualTo(200);
        assertThat(suspended.<Boolean>json("$.suspended")).isTrue();
        assertThat(api.get(REVISION + "/today", student).<List<Object>>json("$.cards")).isEmpty();
        assertThat(post(REVISION + "/cards/" + wrong + "/unsuspend", null, student).<Boolean>json("$.suspended"))
                .isFalse();
        assertThat(api.get(REVISION + "/today", student).<List<String>>json("$.cards[*].questionId"))
                .containsExactly(wrong.toString());

        Instant due = ((java.sql.Timestamp) cardRow(right).get("due")).toInstant();
        Api.Response snoozed = post(REVISION + "/cards/" + right + "/snooze", "{\"days\":3}", student);
        assertThat(snoozed.status()).isEqualTo(200);
        assertThat(Instant.parse(snoozed.json("$.due"))).isEqualTo(due.plus(3, ChronoUnit.DAYS));
        assertThat(post(REVISION + "/cards/" + right + "/snooze", "{\"days\":31}", student).status()).isEqualTo(400);

        // Revising today's cards: a tutor session over them, whose answers come back as reviews.
        Api.Response revision = post(REVISION + "/sessions", null, student);
        assertThat(revision.status()).as(revision.body()).isEqualTo(201);
        assertThat(revision.<Integer>json("$.questions")).isEqualTo(1);
        String revising = revision.json("$.sessionId");
        assertThat(revision.raw().getHeader("Location")).isEqualTo(SESSIONS + "/" + revising);
        assertThat(questionAt(student, revising, 0)).isEqualTo(wrong.toString());
        answer(student, revising, 0, true);
        api.post(SESSIONS + "/" + revising + "/submit", null, student);
        await(() -> count("SELECT count(*) FROM learning.revision_review WHERE question_id = :a", wrong, null) == 2);
        assertThat(api.get(REVISION + "/today", student).<List<Object>>json("$.cards")).as("revised").isEmpty();
        Api.Response nothing = post(REVISION + "/sessions", null, student);
        assertThat(nothing.status()).isEqualTo(422);
        assertThat(nothing.<String>json("$.type")).isEqualTo("urn:revisio:problem:revision-nothing-due");

        String someoneElse = fixtures.student();
        assertThat(post(REVISION + "/cards/" + right + "/suspend", null, someoneElse).status())
                .as("another student's card is not theirs").isEqualTo(404);
        assertThat(post(REVISION + "/cards/" + UUID.randomUUID() + "/snooze", null, student).<String>json("$.type"))
                .isEqualTo("urn:revisio:problem:revision-card-not-found");
    }

    @Test
    void aRedeliveredSessionChangesNothingAndALateOneIsReplayedInOrder() {
        UUID student = UUID.randomUUID();
        UUID question = UUID.randomUUID();
        Instant monday = Instant.parse("2026-03-02T09:00:00Z");
        PracticeSessionFinished later = finished(student, question, monday.plus(3, ChronoUnit.DAYS), true, 40_000);
        PracticeSessionFinished earlier = finished(student, question, monday, false, 40_000);

        cards.record(later);
        cards.record(later);
        assertThat(count("SELECT count(*) FROM learning.revision_review WHERE question_id = :a", question, null))
                .isEqualTo(1);

        cards.record(earlier); // handled after the later one
        Map<String, Object> card = cardRow(question);
        assertThat(card.get("reps")).isEqualTo(2);
        assertThat(((java.sql.Timestamp) card.get("last_review")).toInstant()).isEqualTo(later.finishedAt());

        cards.rebuild();
        assertThat(cardRow(question)).as("the same card, recomputed from its reviews").isEqualTo(card);
    }

    @Test
    void aRebuildFromTheReviewsGivesTheSameCardsAndKeepsSuspensions() {
        UUID student = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        Instant start = Instant.parse("2026-01-05T08:00:00Z");
        for (int day = 0; day < 40; day += 4) {
            cards.record(finished(student, first, start.plus(day, ChronoUnit.DAYS), day % 12 != 8, 30_000));
            cards.record(finished(student, second, start.plus(day, ChronoUnit.DAYS).plusSeconds(60), true,
                    10_000 + day * 3_000L));
        }
        jdbc.sql("UPDATE learning.revision_card SET suspended = true WHERE question_id = :q").param("q", second).update();
        Map<String, Object> before1 = cardRow(first);
        Map<String, Object> before2 = cardRow(second);
        jdbc.sql("UPDATE learning.revision_card SET stability = 1, reps = 0 WHERE question_id IN (:a, :b)")
                .param("a", first).param("b", second).update(); // damage the derived state

        assertThat(cards.rebuild()).contains("revision cards from");

        assertThat(cardRow(first)).isEqualTo(before1);
        assertThat(cardRow(second)).isEqualTo(before2);
        assertThat(cardRow(second).get("suspended")).isEqualTo(true);
    }

    @Test
    void aStudentChoosesTheRetentionAndTheDailyLimitAndRebuildsKeepWhatEachReviewWasFor() {
        String student = fixtures.student();
        assertThat(api.get(REVISION + "/settings", student).body())
                .isEqualTo("{\"desiredRetention\":0.9,\"dailyLimit\":100}");
        Api.Response changed = api.send(HttpMethod.PUT, REVISION + "/settings",
                "{\"desiredRetention\":0.95,\"dailyLimit\":20}", student, "127.0.0.1");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(api.get(REVISION + "/settings", student).<Double>json("$.desiredRetention")).isEqualTo(0.95);
        assertThat(api.get(REVISION + "/today", student).<Integer>json("$.limit")).isEqualTo(20);
        for (String bad : List.of("{\"desiredRetention\":0.99,\"dailyLimit\":20}",
                "{\"desiredRetention\":0.69,\"dailyLimit\":20}", "{\"desiredRetention\":0.9,\"dailyLimit\":0}",
                "{\"desiredRetention\":0.9}")) {
            assertThat(api.send(HttpMethod.PUT, REVISION + "/settings", bad, student, "127.0.0.1").status())
                    .as(bad).isEqualTo(400);
        }

        // The same history for two students, one aiming at 97 % and one at 70 %: the first reviews sooner.
        UUID careful = UUID.randomUUID();
        UUID relaxed = UUID.randomUUID();
        settings.save(careful, new RevisionSettings(0.97, 100), Instant.now());
        settings.save(relaxed, new RevisionSettings(0.70, 100), Instant.now());
        UUID question = UUID.randomUUID();
        Instant at = Instant.parse("2026-02-02T10:00:00Z");
        cards.record(finished(careful, question, at, true, 5_000));
        cards.record(finished(relaxed, question, at, true, 5_000));
        Instant carefulDue = due(careful, question);
        assertThat(carefulDue).isBefore(due(relaxed, question));

        settings.save(careful, new RevisionSettings(0.70, 100), Instant.now());
        cards.rebuild();
        assertThat(due(careful, question)).as("rebuilt with the retention of the time").isEqualTo(carefulDue);
    }

    private Instant due(UUID student, UUID question) {
        return jdbc.sql("SELECT due FROM learning.revision_card WHERE student_id = :s AND question_id = :q")
                .param("s", student).param("q", question).query(java.sql.Timestamp.class).single().toInstant();
    }

    private static PracticeSessionFinished finished(UUID student, UUID question, Instant at, boolean correct,
            long timeMs) {
        return new PracticeSessionFinished(UUID.randomUUID(), student, "TUTOR", "SUBMITTED", at, correct ? 1 : 0, 1,
                List.of(new QuestionOutcome(question, UUID.randomUUID(), UUID.randomUUID(), correct ? 0 : 1, 0, correct,
                        timeMs, List.of(new AnswerChange(UUID.randomUUID(), correct ? 0 : 1, correct, at)))));
    }

    private Map<String, Object> cardRow(UUID question) {
        return jdbc.sql("SELECT phase, step, stability, difficulty, due, last_review, reps, lapses, suspended "
                        + "FROM learning.revision_card WHERE question_id = :q")
                .param("q", question).query().singleRow();
    }

    private int ratingOf(UUID question) {
        return jdbc.sql("SELECT rating FROM learning.revision_review WHERE question_id = :q")
                .param("q", question).query(Integer.class).single();
    }

    private long count(String sql, UUID a, UUID b) {
        var statement = jdbc.sql(sql).param("a", a);
        if (b != null) {
            statement = statement.param("b", b);
        }
        return statement.query(Long.class).single();
    }

    private String start(String student) {
        Api.Response created = api.post(SESSIONS, "{\"mode\":\"TUTOR\",\"nodes\":[\"" + theme + "\"],\"count\":3}",
                student);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json("$.id");
    }

    private void answer(String student, String session, int position, boolean right) {
        String question = questionAt(student, session, position);
        int place = jdbc.sql("SELECT array_position(option_order, correct_index) - 1 FROM practice.session_question "
                        + "WHERE session_id = :s AND question_id = :q")
                .param("s", UUID.fromString(session)).param("q", UUID.fromString(question)).query(Integer.class)
                .single();
        Api.Response answered = api.send(HttpMethod.PUT, SESSIONS + "/" + session + "/answers/" + question,
                "{\"answerId\":\"" + UUID.randomUUID() + "\",\"option\":" + (right ? place : (place + 1) % 4) + "}",
                student, "127.0.0.1");
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
    }

    private String questionAt(String student, String session, int position) {
        return api.get(SESSIONS + "/" + session, student).json("$.questions[" + position + "].questionId");
    }

    private Api.Response post(String path, String json, String token) {
        return api.send(HttpMethod.POST, path, json, token, "127.0.0.1");
    }

    /** Listeners run after the commit, on other threads: wait for what they do. */
    private static void await(BooleanSupplier condition) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15))
                .pollInterval(java.time.Duration.ofMillis(50)).until(condition::getAsBoolean);
    }
}
