package io.revisio.learning.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.revisio.content.PublishedQuestions;
import io.revisio.identity.account.AccountRepository;
import io.revisio.identity.session.SessionTokens;
import io.revisio.learning.mastery.BktFit;
import io.revisio.learning.mastery.BktParameters;
import io.revisio.practice.PracticeFixtures;
import io.revisio.practice.PracticeSessionFinished;
import io.revisio.practice.PracticeSessionFinished.QuestionOutcome;
import io.revisio.testing.Api;
import io.revisio.testing.IntegrationTest;
import io.revisio.testing.SignedInUsers;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finished practice sessions reach knowledge tracing and Elo exactly once, with the predictions logged
 * before each update; the fit job stores parameters that later answers use; a rebuild from the attempt log
 * gives the same state; the mastery API shows a student their own values and weak areas only.
 */
@IntegrationTest
class LearnerModelsWiringTest {

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
    LearnerUpdates updates;

    @Autowired
    MasteryRebuild masteryRebuild;

    @Autowired
    EloRebuild eloRebuild;

    @Autowired
    MasteryFits fits;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    PracticeFixtures fixtures;
    Api api;
    UUID block;

    @BeforeEach
    void setUp() {
        fixtures = new PracticeFixtures(mvc, jdbc, users, accounts, sessions);
        api = new Api(mvc);
        block = fixtures.node(fixtures.node(null, "year"), "block");
    }

    @Test
    void aSubmittedSessionIsLoggedOnceWithPredictionsMadeBeforeEachUpdate() {
        UUID theme = fixtures.node(block, "theme");
        UUID concept = fixtures.node(theme, "concept");
        List<UUID> questions = List.of(fixtures.publish(theme, List.of(concept), null, 4, 0),
                fixtures.publish(theme, List.of(), null, 5, 0));
        fixtures.awaitPool(questions);
        String token = fixtures.student();
        Api.Response created = api.post("/api/v1/practice/sessions",
                "{\"mode\":\"TUTOR\",\"nodes\":[\"" + theme + "\"],\"count\":2}", token);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String session = created.json("$.id");
        answer(token, session, 0, true);
        answer(token, session, 1, false);
        Api.Response submitted = api.post("/api/v1/practice/sessions/" + session + "/submit", null, token);
        assertThat(submitted.status()).as(submitted.body()).isBetween(200, 299);
        UUID sessionId = UUID.fromString(session);
        await().atMost(Duration.ofSeconds(15)).until(() -> count("learning.attempt", "session_id", sessionId) == 2);

        List<Map<String, Object>> attempts = jdbc.sql("""
                        SELECT seq, question_id, option_count, correct, cardinality(concept_ids) AS concepts
                        FROM learning.attempt WHERE session_id = :s ORDER BY seq
                        """).param("s", sessionId).query().listOfRows();
        assertThat(attempts).extracting(row -> row.get("correct")).containsExactly(true, false);
        for (Map<String, Object> row : attempts) {
            boolean withConcept = row.get("question_id").equals(questions.get(0));
            assertThat(((Number) row.get("option_count")).intValue()).isEqualTo(withConcept ? 4 : 5);
            assertThat(row.get("concepts")).isEqualTo(withConcept ? 1 : 0);
        }
        long first = (Long) attempts.get(0).get("seq");
        long second = (Long) attempts.get(1).get("seq");
        BktParameters d = BktParameters.DEFAULT;
        double priorPrediction = d.prior() * (1 - d.slip()) + (1 - d.prior()) * d.guess(); // 0.41
        assertThat(prediction(first, "BKT", "THEME")).isCloseTo(priorPrediction, within());
        int firstOptions = ((Number) attempts.get(0).get("option_count")).intValue();
        assertThat(prediction(first, "ELO", "THEME")).as("1/k + (1 - 1/k) / 2 at equal ratings")
                .isCloseTo(1.0 / firstOptions + (1 - 1.0 / firstOptions) / 2, within());
        // The second answer is predicted from the theme mastery the first one left: known after a right answer
        // 0.3 * 0.9 / 0.41, then learning.
        double known = d.prior() * (1 - d.slip()) / priorPrediction;
        known = known + (1 - known) * d.learn();
        assertThat(prediction(second, "BKT", "THEME")).isCloseTo(known * (1 - d.slip()) + (1 - known) * d.guess(),
                within());
        for (Map<String, Object> row : attempts) {
            assertThat(count("learning.prediction", "attempt_seq", row.get("seq"))).as("BKT per skill, Elo once")
                    .isEqualTo(2 + ((Number) row.get("concepts")).longValue());
        }
        assertThat(jdbc.sql("SELECT attempts FROM learning.mastery WHERE skill_kind = 'CONCEPT' AND skill_id = :concept")
                .param("concept", concept).query(Integer.class).list()).as("the concept is a skill of its own")
                .containsExactly(1);
        assertThat(jdbc.sql("SELECT attempts FROM learning.mastery WHERE skill_kind = 'THEME' AND skill_id = :theme")
                .param("theme", theme).query(Integer.class).list()).containsExactly(2);
    }

    @Test
    void aRedeliveredSessionChangesNothing() {
        UUID theme = fixtures.node(block, "theme");
        List<UUID> questions = fixtures.publishMany(theme, 3);
        UUID student = UUID.randomUUID();
        PracticeSessionFinished session = session(student, theme, questions, new boolean[] {true, false, true},
                Instant.parse("2026-03-02T09:00:00Z"));

        assertThat(updates.record(session)).isEqualTo(3);
        Map<String, List<Map<String, Object>>> once = state();
        assertThat(updates.record(session)).as("already in the log").isZero();
        assertThat(state()).isEqualTo(once);

        // Through the event publication registry as well, twice: every publication completes, nothing changes.
        PracticeSessionFinished another = session(student, theme, questions, new boolean[] {false, false, true},
                Instant.parse("2026-03-03T09:00:00Z"));
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        transaction.executeWithoutResult(status -> events.publishEvent(another));
        await().atMost(Duration.ofSeconds(15)).until(() -> count("learning.attempt", "session_id",
                another.sessionId()) == 3);
        await().atMost(Duration.ofSeconds(15)).until(this::noOutstandingPublications);
        Map<String, List<Map<String, Object>>> afterFirst = state();
        transaction.executeWithoutResult(status -> events.publishEvent(another));
        await().atMost(Duration.ofSeconds(15)).until(this::noOutstandingPublications);
        assertThat(state()).isEqualTo(afterFirst);
        assertThat(afterFirst).isNotEqualTo(once);
    }

    @Test
    void aFailingUpdateWritesNothingAndLeavesItsPublicationIncompleteToBeDeliveredAgain() {
        UUID theme = fixtures.node(block, "theme");
        List<UUID> questions = fixtures.publishMany(theme, 2);
        PracticeSessionFinished good = session(UUID.randomUUID(), theme, questions, new boolean[] {true, true},
                Instant.parse("2026-03-09T09:00:00Z"));
        List<QuestionOutcome> outcomes = new ArrayList<>(good.questions());
        QuestionOutcome second = outcomes.get(1);
        outcomes.set(1, new QuestionOutcome(second.questionId(), second.versionId(), null, second.chosenOption(),
                second.correctOption(), second.correct(), second.timeSpentMs(), second.history())); // no theme: refused
        PracticeSessionFinished broken = new PracticeSessionFinished(good.sessionId(), good.studentId(), good.mode(),
                good.outcome(), good.finishedAt(), good.correct(), good.total(), outcomes);

        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(broken));

        try {
            await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.sql("""
                    SELECT count(*) FROM platform.event_publication WHERE completion_date IS NULL
                    AND status = 'FAILED' AND listener_id LIKE '%PracticeAttempts%' AND serialized_event LIKE :session
                    """).param("session", "%" + broken.sessionId() + "%").query(Long.class).single() == 1);
            assertThat(count("learning.attempt", "session_id", broken.sessionId()))
                    .as("all of the session or nothing").isZero();
            assertThat(count("learning.mastery", "student_id", broken.studentId())).isZero();
        } finally {
            // The publication would be delivered again at the next start; this test's context ends here.
            jdbc.sql("DELETE FROM platform.event_publication WHERE serialized_event LIKE :session")
                    .param("session", "%" + broken.sessionId() + "%").update();
        }
    }

    @Test
    void theFitJobStoresParametersThatLaterAnswersUseAndARebuildGivesTheSameState() {
        UUID fitted = fixtures.node(block, "theme");
        UUID thin = fixtures.node(block, "theme");
        List<UUID> questions = fixtures.publishMany(fitted, 4);
        List<UUID> thinQuestions = fixtures.publishMany(thin, 2);
        Random random = new Random(7);
        Instant start = Instant.parse("2026-04-01T08:00:00Z");
        for (int s = 0; s < 24; s++) {
            UUID student = UUID.randomUUID();
            boolean knows = random.nextDouble() < 0.3;
            for (int round = 0; round < 3; round++) {
                boolean[] correct = new boolean[questions.size()];
                for (int q = 0; q < correct.length; q++) {
                    knows = knows || random.nextDouble() < 0.2;
                    correct[q] = knows ? random.nextDouble() > 0.08 : random.nextDouble() < 0.22;
                }
                updates.record(session(student, fitted, questions, correct,
                        start.plus(Duration.ofHours(s * 10L + round * 2L))));
            }
        }
        updates.record(session(UUID.randomUUID(), thin, thinQuestions, new boolean[] {true, false}, start));

        assertThat(fits.fitDue()).as("both skills, never fitted").isEqualTo(2);

        Map<String, Object> stored = parameters(fitted);
        assertThat(stored.get("defaults")).isEqualTo(false);
        assertThat(stored.get("attempts")).isEqualTo(24 * 3 * 4);
        assertThat((Double) stored.get("guess")).isLessThanOrEqualTo(BktParameters.MAX_GUESS);
        assertThat((Double) stored.get("slip")).isLessThanOrEqualTo(BktParameters.MAX_SLIP);
        BktParameters p = new BktParameters((Double) stored.get("prior"), (Double) stored.get("learn"),
                (Double) stored.get("guess"), (Double) stored.get("slip"));
        assertThat(p).isNotEqualTo(BktParameters.DEFAULT);
        Map<String, Object> defaults = parameters(thin);
        assertThat(defaults.get("defaults")).as("two attempts are too few").isEqualTo(true);
        assertThat(defaults.get("attempts")).isEqualTo(2);
        assertThat((Double) defaults.get("prior")).isEqualTo(BktParameters.DEFAULT.prior());
        assertThat(fits.fitDue()).as("nothing new since").isZero();

        UUID newcomer = UUID.randomUUID();
        updates.record(session(newcomer, fitted, questions.subList(0, 1), new boolean[] {true},
                start.plus(Duration.ofDays(30))));
        long seq = jdbc.sql("SELECT seq FROM learning.attempt WHERE student_id = :s").param("s", newcomer)
                .query(Long.class).single();
        assertThat(prediction(seq, "BKT", "THEME")).as("the stored parameters predict a first answer")
                .isCloseTo(p.prior() * (1 - p.slip()) + (1 - p.prior()) * p.guess(), within());

        Map<String, List<Map<String, Object>>> live = state();
        jdbc.sql("UPDATE learning.mastery SET known = 0.5, attempts = 0").update();
        jdbc.sql("UPDATE learning.question_difficulty SET difficulty = 3").update();
        jdbc.sql("DELETE FROM learning.theme_ability").update();
        assertThat(masteryRebuild.rebuild()).contains("mastery states from");
        assertThat(eloRebuild.rebuild()).contains("abilities and");
        assertThat(state()).as("rebuilt from the attempt log").isEqualTo(live);
    }

    private PracticeSessionFinished session(UUID student, UUID theme, List<UUID> questions, boolean[] correct,
            Instant start) {
        return FinishedSessions.of(published, student, theme, questions, correct, start);
    }

    /** Every row of the learner models' tables, in a fixed order. */
    private Map<String, List<Map<String, Object>>> state() {
        return Map.of(
                "attempt", rows("SELECT * FROM learning.attempt ORDER BY seq"),
                "prediction", rows("SELECT * FROM learning.prediction ORDER BY attempt_seq, model, skill_kind, skill_id"),
                "mastery", rows("SELECT * FROM learning.mastery ORDER BY student_id, skill_kind, skill_id"),
                "ability", rows("SELECT * FROM learning.theme_ability ORDER BY student_id, theme_id"),
                "difficulty", rows("SELECT * FROM learning.question_difficulty ORDER BY question_id"),
                "parameters", rows("SELECT * FROM learning.skill_parameters ORDER BY skill_kind, skill_id"));
    }

    private List<Map<String, Object>> rows(String sql) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> row : jdbc.sql(sql).query().listOfRows()) {
            Map<String, Object> copy = new java.util.TreeMap<>();
            row.forEach((column, value) -> copy.put(column, value instanceof java.sql.Array array ? arrayText(array)
                    : value));
            rows.add(copy);
        }
        return rows;
    }

    private static String arrayText(java.sql.Array array) {
        try {
            return java.util.Arrays.toString((Object[]) array.getArray());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> parameters(UUID theme) {
        return jdbc.sql("SELECT * FROM learning.skill_parameters WHERE skill_kind = 'THEME' AND skill_id = :t")
                .param("t", theme).query().singleRow();
    }

    private double prediction(long seq, String model, String kind) {
        return jdbc.sql("SELECT predicted FROM learning.prediction WHERE attempt_seq = :seq AND model = :model "
                        + "AND skill_kind = :kind")
                .param("seq", seq).param("model", model).param("kind", kind).query(Double.class).single();
    }

    private long count(String table, String column, Object value) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE " + column + " = :v").param("v", value)
                .query(Long.class).single();
    }

    private boolean noOutstandingPublications() {
        return jdbc.sql("SELECT count(*) FROM platform.event_publication WHERE completion_date IS NULL")
                .query(Long.class).single() == 0;
    }

    private void answer(String token, String session, int position, boolean right) {
        String question = api.get("/api/v1/practice/sessions/" + session, token)
                .json("$.questions[" + position + "].questionId");
        int place = jdbc.sql("SELECT array_position(option_order, correct_index) - 1 FROM practice.session_question "
                        + "WHERE session_id = :s AND question_id = :q")
                .param("s", UUID.fromString(session)).param("q", UUID.fromString(question)).query(Integer.class)
                .single();
        Api.Response answered = api.send(HttpMethod.PUT, "/api/v1/practice/sessions/" + session + "/answers/"
                + question, "{\"answerId\":\"" + UUID.randomUUID() + "\",\"option\":" + (right ? place : (place + 1) % 4)
                + "}", token, "127.0.0.1");
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
    }


    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-12);
    }
}
