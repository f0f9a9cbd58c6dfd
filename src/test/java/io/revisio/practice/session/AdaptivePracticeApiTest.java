package io.revisio.practice.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import io.revisio.content.PublishedQuestions;
import io.revisio.identity.account.AccountRepository;
import io.revisio.identity.session.SessionTokens;
import io.revisio.practice.PracticeFixtures;
import io.revisio.practice.PracticeSessionFinished;
import io.revisio.practice.PracticeSessionFinished.AnswerChange;
import io.revisio.practice.PracticeSessionFinished.QuestionOutcome;
import io.revisio.testing.Api;
import io.revisio.testing.IntegrationTest;
import io.revisio.testing.SignedInUsers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Adaptive practice through the API against the real database and the real learner models: a student with
 * due cards, a weak theme and Elo ratings (learnt from finished sessions through the event registry, as in
 * production) gets each kind of question for its measured reason, never a question answered recently, the
 * same session from the same seed, and answers it like a tutor session.
 */
@IntegrationTest
class AdaptivePracticeApiTest {

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
    PublishedQuestions published;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    PracticeFixtures fixtures;
    Api api;
    UUID block;
    UUID weakTheme;
    UUID strongTheme;
    UUID freshTheme;
    List<UUID> weakQuestions;
    List<UUID> strongQuestions;
    List<UUID> freshQuestions;

    @BeforeEach
    void setUp() {
        fixtures = new PracticeFixtures(mvc, jdbc, users, accounts, sessions);
        api = new Api(mvc);
        block = fixtures.node(fixtures.node(null, "year"), "block");
        weakTheme = fixtures.node(block, "theme");
        strongTheme = fixtures.node(block, "theme");
        freshTheme = fixtures.node(block, "theme");
        weakQuestions = fixtures.publishMany(weakTheme, 10);
        strongQuestions = fixtures.publishMany(strongTheme, 6);
        freshQuestions = fixtures.publishMany(freshTheme, 8);
        List<UUID> all = new ArrayList<>(weakQuestions);
        all.addAll(strongQuestions);
        all.addAll(freshQuestions);
        fixtures.awaitPool(all);
    }

    @Test
    void eachQuestionComesForItsMeasuredReasonAndNoneWasAnsweredRecently() {
        String token = fixtures.student();
        UUID student = studentOf(token);
        Instant start = Instant.now().minus(Duration.ofDays(10));
        for (int day = 0; day < 3; day++) {
            Instant at = start.plus(Duration.ofDays(day));
            finished(student, weakTheme, weakQuestions.subList(0, 4), false, at);
            finished(student, strongTheme, strongQuestions.subList(0, 4), true, at.plusSeconds(600));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> count("""
                SELECT count(*) FROM learning.mastery WHERE student_id = :student AND skill_id = :other
                  AND attempts = 12""", student, weakTheme) == 1
                && count("SELECT count(*) FROM learning.revision_card WHERE student_id = :student "
                + "AND question_id = ANY (SELECT question_id FROM practice.question_pool WHERE theme_id = :other)",
                student, weakTheme) == 4);
        List<String> recent = answeredTutorSession(token, student, freshTheme, 3);

        Api.Response created = build(token, "{\"mode\":\"ADAPTIVE\",\"nodes\":[\"" + block + "\"],\"count\":10,"
                + "\"seed\":77}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.<String>json("$.mode")).isEqualTo("ADAPTIVE");
        assertThat(created.<Boolean>json("$.timed")).isFalse();
        assertThat(created.<Integer>json("$.selection.got")).isEqualTo(10);
        assertThat(created.<Integer>json("$.selection.available")).as("24 in the block less 3 answered today")
                .isEqualTo(21);
        List<String> ids = created.json("$.questions[*].questionId");
        assertThat(ids).hasSize(10).doesNotHaveDuplicates().doesNotContainAnyElementsOf(recent);
        assertThat(created.<List<String>>json("$.questions[*].reason.kind"))
                .containsOnly("DUE_REVIEW", "WEAK_AREA", "NEAR_ABILITY");

        Instant endOfToday = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(1, ChronoUnit.DAYS);
        int due = 0;
        int weak = 0;
        int near = 0;
        for (int i = 0; i < 10; i++) {
            String at = "$.questions[" + i + "].reason.";
            UUID question = UUID.fromString(ids.get(i));
            UUID theme = themeOf(question);
            double predicted = ((Number) created.json(at + "predictedSuccess")).doubleValue();
            assertThat(predicted).as("the Elo prediction from the stored ratings")
                    .isCloseTo(elo(student, theme, question), within(1e-9));
            switch (created.<String>json(at + "kind")) {
                case "DUE_REVIEW" -> {
                    due++;
                    Instant cardDue = jdbc.sql("SELECT due FROM learning.revision_card WHERE student_id = :student "
                                    + "AND question_id = :question AND NOT suspended")
                            .param("student", student).param("question", question).query(java.sql.Timestamp.class)
                            .single().toInstant();
                    assertThat(cardDue).isBefore(endOfToday);
                    assertThat(Instant.parse(created.json(at + "due"))).isEqualTo(cardDue);
                    assertThat(((Number) created.json(at + "retrievability")).doubleValue()).isBetween(0.0, 1.0);
                    assertThat(created.<String>json(at + "explanation")).contains("revision card");
                }
                case "WEAK_AREA" -> {
                    weak++;
                    double known = jdbc.sql("SELECT known FROM learning.mastery WHERE student_id = :student "
                                    + "AND skill_kind = 'THEME' AND skill_id = :theme AND attempts >= 10")
                            .param("student", student).param("theme", theme).query(Double.class).single();
                    assertThat(known).isLessThan(0.8);
                    assertThat(((Number) created.json(at + "mastery")).doubleValue()).isCloseTo(known, within(1e-9));
                    assertThat(created.<String>json(at + "explanation")).contains("weak area");
                }
                default -> {
                    near++;
                    assertThat(created.<String>json(at + "explanation")).contains("near your ability");
                }
            }
        }
        assertThat(List.of(due, weak, near)).as("due, weak, near").containsExactly(3, 3, 4);
        assertThat(weakQuestions.subList(0, 4).stream().map(UUID::toString).filter(ids::contains))
                .as("the weak theme's due cards come first, most at risk").isNotEmpty();

        // The near-ability questions are the ones closest to 70 % among those left in the block.
        Set<String> left = new HashSet<>(List.of(all().stream().map(UUID::toString).toArray(String[]::new)));
        left.removeAll(ids);
        left.removeAll(recent);
        double farthestChosen = 0;
        for (int i = 0; i < 10; i++) {
            if ("NEAR_ABILITY".equals(created.json("$.questions[" + i + "].reason.kind"))) {
                farthestChosen = Math.max(farthestChosen,
                        Math.abs(((Number) created.json("$.questions[" + i + "].reason.predictedSuccess")).doubleValue()
                                - 0.7));
            }
        }
        for (String other : left) {
            UUID question = UUID.fromString(other);
            assertThat(Math.abs(elo(student, themeOf(question), question) - 0.7)).as(other)
                    .isGreaterThanOrEqualTo(farthestChosen - 1e-12);
        }

        Api.Response again = api.get(SESSIONS + "/" + created.json("$.id"), token);
        assertThat(again.<List<String>>json("$.questions[*].reason.kind"))
                .isEqualTo(created.json("$.questions[*].reason.kind"));
    }

    @Test
    void anAdaptiveSessionIsAnsweredAndFinishedLikeATutorSession() {
        String token = fixtures.student();
        UUID student = studentOf(token);
        Api.Response created = build(token, "{\"mode\":\"ADAPTIVE\",\"nodes\":[\"" + freshTheme + "\"],\"count\":3}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String session = created.json("$.id");
        String first = created.json("$.questions[0].questionId");
        Api.Response answered = answer(token, session, first, 0);
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(answered.<Object>json("$.feedback.correctOption")).as("feedback at once").isNotNull();
        assertThat(answer(token, session, first, 1).status()).as("locked once its feedback was shown").isEqualTo(409);
        assertThat(api.post(SESSIONS + "/" + session + "/pause", null, token).status()).isEqualTo(200);
        assertThat(api.post(SESSIONS + "/" + session + "/resume", null, token).status()).isEqualTo(200);

        Api.Response submitted = api.post(SESSIONS + "/" + session + "/submit", null, token);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(submitted.<Integer>json("$.score.total")).isEqualTo(3);
        assertThat(api.get(SESSIONS + "/" + session, token).<String>json("$.state")).isEqualTo("SUBMITTED");
        await("the learner models learn from it like any other session").atMost(Duration.ofSeconds(20))
                .until(() -> count("SELECT count(*) FROM learning.attempt WHERE student_id = :student "
                        + "AND session_id = :other", student, UUID.fromString(session)) == 1);
    }

    @Test
    void theSameSeedOverTheSameStateGivesTheSameSession() {
        String body = "{\"mode\":\"ADAPTIVE\",\"nodes\":[\"" + block + "\"],\"count\":6,\"seed\":4242}";
        Api.Response one = build(fixtures.student(), body);
        Api.Response other = build(fixtures.student(), body);
        assertThat(one.status()).as(one.body()).isEqualTo(201);
        assertThat(other.<List<String>>json("$.questions[*].questionId"))
                .isEqualTo(one.json("$.questions[*].questionId"));
        assertThat(other.<List<String>>json("$.questions[*].reason.kind"))
                .isEqualTo(one.json("$.questions[*].reason.kind"));
        assertThat(other.<List<String>>json("$.questions[*].options[*].text"))
                .isEqualTo(one.json("$.questions[*].options[*].text"));
        assertThat(jdbc.sql("SELECT seed FROM practice.practice_session WHERE id = :id")
                .param("id", UUID.fromString(one.json("$.id"))).query(Long.class).single()).isEqualTo(4242L);
        Set<String> seeds = new HashSet<>();
        for (long seed = 1; seed <= 4; seed++) {
            seeds.add(build(fixtures.student(), body.replace("4242", String.valueOf(seed)))
                    .<List<String>>json("$.questions[*].questionId").toString());
        }
        assertThat(seeds).as("another seed, another session").hasSizeGreaterThan(1);
    }

    @Test
    void fewerQuestionsThanAskedAreSaidAndARecentlyExhaustedTopicIsRefused() {
        String token = fixtures.student();
        Api.Response created = build(token, "{\"mode\":\"ADAPTIVE\",\"nodes\":[\"" + strongTheme + "\"],\"count\":50}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.<Integer>json("$.selection.asked")).isEqualTo(50);
        assertThat(created.<Integer>json("$.selection.got")).isEqualTo(6);
        assertThat(created.<Boolean>json("$.selection.fewerThanAsked")).isTrue();

        UUID tiny = fixtures.node(block, "theme");
        fixtures.awaitPool(fixtures.publishMany(tiny, 2));
        answeredTutorSession(token, studentOf(token), tiny, 2);
        Api.Response refused = build(token, "{\"mode\":\"ADAPTIVE\",\"nodes\":[\"" + tiny + "\"],\"count\":5}");
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.<String>json("$.type")).isEqualTo("urn:revisio:problem:practice-adaptive-nothing-new");
        assertThat(refused.<Integer>json("$.answeredRecently")).isEqualTo(2);
    }

    @Test
    void badAdaptiveRequestsAreRefusedWithA400() {
        String token = fixtures.student();
        for (String body : List.of("{\"mode\":\"ADAPTIVE\",\"count\":0}", "{\"mode\":\"ADAPTIVE\",\"count\":201}",
                "{\"mode\":\"ADAPTIVE\",\"timed\":true,\"count\":5}",
                "{\"mode\":\"ADAPTIVE\",\"count\":5,\"pools\":[\"unused\"]}",
                "{\"mode\":\"ADAPTIVE\",\"count\":5,\"difficulties\":[3]}",
                "{\"mode\":\"ADAPTIVE\",\"count\":5,\"nodes\":[\"" + UUID.randomUUID() + "\"]}")) {
            Api.Response refused = build(token, body);
            assertThat(refused.status()).as(body + " " + refused.body()).isEqualTo(400);
            assertThat(refused.raw().getContentType()).contains("application/problem+json");
        }
        assertThat(count("SELECT count(*) FROM practice.practice_session WHERE student_id = :student "
                + "AND mode <> :other", studentOf(token), "TUTOR")).as("nothing half-written").isZero();
    }

    /** A tutor session over the theme's questions, each answered, then submitted and learnt from. */
    private List<String> answeredTutorSession(String token, UUID student, UUID theme, int count) {
        Api.Response tutor = build(token, "{\"mode\":\"TUTOR\",\"nodes\":[\"" + theme + "\"],\"count\":" + count + "}");
        String session = tutor.json("$.id");
        List<String> ids = tutor.json("$.questions[*].questionId");
        ids.forEach(question -> assertThat(answer(token, session, question, 1).status()).isEqualTo(200));
        assertThat(api.post(SESSIONS + "/" + session + "/submit", null, token).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> count("SELECT count(*) FROM learning.attempt "
                + "WHERE student_id = :student AND session_id = :other", student,
                UUID.fromString(session)) == count);
        return ids;
    }

    /** A made-up finished session, published as practice publishes one, so the learner models take it in. */
    private void finished(UUID student, UUID theme, List<UUID> questions, boolean correct, Instant start) {
        List<QuestionOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            PublishedQuestions.Head head = published.head(questions.get(i)).orElseThrow();
            int correctOption = published.versions(List.of(head.versionId())).get(head.versionId()).correctOption();
            int chosen = correct ? correctOption : (correctOption + 1) % 4;
            Instant at = start.plusSeconds(30L * (i + 1));
            outcomes.add(new QuestionOutcome(questions.get(i), head.versionId(), theme, chosen, correctOption, correct,
                    30_000, List.of(new AnswerChange(UUID.randomUUID(), chosen, correct, at))));
        }
        PracticeSessionFinished event = new PracticeSessionFinished(UUID.randomUUID(), student, "TUTOR", "SUBMITTED",
                start.plusSeconds(30L * (questions.size() + 1)), correct ? questions.size() : 0, questions.size(),
                outcomes);
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    /** The Elo prediction with guessing from the stored ratings (0 where there is none yet), 4 options. */
    private double elo(UUID student, UUID theme, UUID question) {
        double ability = jdbc.sql("SELECT coalesce((SELECT ability FROM learning.theme_ability WHERE student_id = "
                        + ":student AND theme_id = :theme), 0)")
                .param("student", student).param("theme", theme).query(Double.class).single();
        double difficulty = jdbc.sql("SELECT coalesce((SELECT difficulty FROM learning.question_difficulty "
                        + "WHERE question_id = :question), 0)")
                .param("question", question).query(Double.class).single();
        return 0.25 + 0.75 / (1 + Math.exp(difficulty - ability));
    }

    private UUID themeOf(UUID question) {
        return jdbc.sql("SELECT theme_id FROM practice.question_pool WHERE question_id = :id").param("id", question)
                .query(UUID.class).single();
    }

    private List<UUID> all() {
        List<UUID> all = new ArrayList<>(weakQuestions);
        all.addAll(strongQuestions);
        all.addAll(freshQuestions);
        return all;
    }

    private Api.Response build(String token, String body) {
        return api.post(SESSIONS, body, token);
    }

    private Api.Response answer(String token, String session, String question, int option) {
        return api.send(HttpMethod.PUT, SESSIONS + "/" + session + "/answers/" + question,
                "{\"answerId\":\"" + UUID.randomUUID() + "\",\"option\":" + option + "}", token, "127.0.0.1");
    }

    private long count(String sql, UUID student, Object other) {
        return jdbc.sql(sql).param("student", student).param("other", other).query(Long.class).single();
    }

    private static UUID studentOf(String token) {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        int at = payload.indexOf("\"sub\":\"") + 7;
        return UUID.fromString(payload.substring(at, payload.indexOf('"', at)));
    }
}
