package io.revisio.notebook.mistake;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.identity.account.AccountRepository;
import io.revisio.identity.session.SessionTokens;
import io.revisio.notebook.NotebookPractice;
import io.revisio.practice.PracticeFixtures;
import io.revisio.practice.PracticeSessionFinished;
import io.revisio.practice.PracticeSessionFinished.AnswerChange;
import io.revisio.practice.PracticeSessionFinished.QuestionOutcome;
import io.revisio.testing.Api;
import io.revisio.testing.IntegrationTest;
import io.revisio.testing.SignedInUsers;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The mistakes notebook from real sessions taken through practice's API: every wrong or unanswered question
 * is kept with its rule, filters, a session of the open mistakes, resolution by a later right answer, and a
 * finished event taken in exactly once.
 */
@IntegrationTest
class MistakeNotebookTest {

    static final String MISTAKES = "/api/v1/mistakes";

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
    MistakeRecorder recorder;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

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
        fixtures.awaitPool(fixtures.publishMany(theme, 4));
        fixtures.awaitPool(fixtures.publishMany(otherTheme, 1));
        student = fixtures.student();
    }

    @Test
    void everyWrongAnswerOfASubmittedSessionIsKeptWithTheRuleThatFired() {
        UUID session = practice.start(student, "{\"mode\":\"EXAM\",\"timed\":false,\"nodes\":[\"" + theme + "\",\""
                + otherTheme + "\"],\"count\":5}");
        List<UUID> questions = practice.questions(student, session);
        UUID inOtherTheme = questionIn(session, otherTheme);
        List<UUID> inTheme = questions.stream().filter(q -> !q.equals(inOtherTheme)).toList();
        practice.answer(student, session, inTheme.get(0), true);
        practice.answer(student, session, inTheme.get(1), false);
        practice.answer(student, session, inTheme.get(2), true);
        practice.answer(student, session, inTheme.get(2), false); // right changed to wrong
        // inTheme.get(3) is left unanswered
        practice.answer(student, session, inOtherTheme, false);
        practice.submit(student, session);

        Api.Response all = api.get(MISTAKES, student);
        assertThat(all.status()).as(all.body()).isEqualTo(200);
        assertThat(all.<List<Object>>json("$.mistakes")).hasSize(4);
        assertThat(type(all, inTheme.get(1))).as("too little history for time rules").isEqualTo("wrong");
        assertThat(type(all, inTheme.get(2))).isEqualTo("changed-right-to-wrong");
        assertThat(type(all, inTheme.get(3))).isEqualTo("skipped");
        assertThat(all.<List<Integer>>json("$.mistakes[?(@.questionId=='" + inTheme.get(2) + "')].measured.changes"))
                .containsExactly(1);
        assertThat(all.<List<String>>json("$.mistakes[?(@.questionId=='" + inTheme.get(1) + "')].explanation"))
                .allSatisfy(text -> assertThat(text).startsWith("Wrong in "));
        assertThat(all.<List<String>>json("$.mistakes[*].status")).containsOnly("open");
        assertThat(all.<List<String>>json("$.mistakes[*].sessionId")).containsOnly(session.toString());
        assertThat(all.<List<String>>json("$.mistakes[?(@.questionId=='" + inOtherTheme + "')].blockId"))
                .containsExactly(otherBlock.toString());

        assertThat(ids("?block=" + block)).hasSize(3).doesNotContain(inOtherTheme.toString());
        assertThat(ids("?theme=" + otherTheme)).containsExactly(inOtherTheme.toString());
        assertThat(ids("?type=changed-right-to-wrong")).containsExactly(inTheme.get(2).toString());
        assertThat(ids("?block=" + block + "&type=skipped")).containsExactly(inTheme.get(3).toString());
        assertThat(ids("?status=open")).hasSize(4);
        assertThat(ids("?status=resolved")).isEmpty();

        String other = fixtures.student();
        assertThat(api.get(MISTAKES, other).<List<Object>>json("$.mistakes")).as("nobody else's").isEmpty();
        assertThat(api.get(MISTAKES + "?type=lazy", student).status()).isEqualTo(400);
        assertThat(api.get(MISTAKES + "?status=closed", student).status()).isEqualTo(400);
        assertThat(api.get(MISTAKES + "?block=nope", student).status()).isEqualTo(400);
    }

    @Test
    void practisingMistakesBuildsASessionAndARightAnswerResolvesThem() {
        UUID first = practice.start(student, "{\"mode\":\"EXAM\",\"timed\":false,\"nodes\":[\"" + theme
                + "\"],\"count\":4}");
        List<UUID> questions = practice.questions(student, first);
        practice.answer(student, first, questions.get(0), true);
        practice.answer(student, first, questions.get(1), true);
        practice.answer(student, first, questions.get(2), false);
        practice.answer(student, first, questions.get(3), false);
        practice.submit(student, first);
        assertThat(ids("?status=open")).containsExactlyInAnyOrder(questions.get(2).toString(),
                questions.get(3).toString());

        UUID again = practice.start(student, "{\"mode\":\"EXAM\",\"timed\":false,\"pools\":[\"mistakes\"],"
                + "\"count\":10}");
        assertThat(practice.questions(student, again)).as("exactly the open mistakes")
                .containsExactlyInAnyOrder(questions.get(2), questions.get(3));
        practice.answer(student, again, questions.get(2), true);
        practice.answer(student, again, questions.get(3), false);
        practice.submit(student, again);

        Api.Response resolved = api.get(MISTAKES + "?status=resolved", student);
        assertThat(resolved.<List<String>>json("$.mistakes[*].questionId")).containsExactly(questions.get(2).toString());
        assertThat(resolved.<List<String>>json("$.mistakes[*].resolvedBySession")).containsExactly(again.toString());
        assertThat(ids("?status=open")).as("still wrong: the old mistake and the new one stay open")
                .containsExactly(questions.get(3).toString(), questions.get(3).toString());

        UUID next = practice.start(student, "{\"mode\":\"EXAM\",\"timed\":false,\"pools\":[\"mistakes\"],"
                + "\"count\":10}");
        assertThat(practice.questions(student, next)).containsExactly(questions.get(3));
    }

    @Test
    void aFinishedSessionIsTakenInExactlyOnce() {
        UUID session = UUID.randomUUID();
        UUID someone = UUID.randomUUID();
        UUID question = UUID.randomUUID();
        Instant now = Instant.now();
        PracticeSessionFinished finished = new PracticeSessionFinished(session, someone, "EXAM", "SUBMITTED", now, 0,
                2, List.of(
                        new QuestionOutcome(question, UUID.randomUUID(), theme, 1, 0, false, 5_000,
                                List.of(new AnswerChange(UUID.randomUUID(), 1, false, now))),
                        new QuestionOutcome(UUID.randomUUID(), UUID.randomUUID(), theme, 0, 0, true, 7_000,
                                List.of(new AnswerChange(UUID.randomUUID(), 0, true, now)))));

        recorder.record(finished);
        recorder.record(finished);
        assertThat(count("notebook.mistake", session)).isEqualTo(1);
        assertThat(count("notebook.answer_time", session)).isEqualTo(2);

        transactions.executeWithoutResult(status -> events.publishEvent(finished));
        practice.awaitNoOutstandingPublications();
        assertThat(count("notebook.mistake", session)).as("delivered again through the registry").isEqualTo(1);
        assertThat(count("notebook.answer_time", session)).isEqualTo(2);
        Map<String, Object> mistake = jdbc.sql("SELECT rule, measured::text AS measured FROM notebook.mistake "
                + "WHERE session_id = :id").param("id", session).query().singleRow();
        assertThat(mistake.get("rule")).isEqualTo("wrong");
        assertThat((String) mistake.get("measured")).contains("\"timeMs\": 5000");
    }

    @Test
    void theUsualTimeComesFromEarlierSessionsAndOutOfOrderEventsStillResolve() {
        UUID easy = fixtures.publish(theme, List.of(), 1, 4, 0);
        fixtures.awaitPool(List.of(easy));
        UUID easyVersion = jdbc.sql("SELECT version_id FROM practice.question_pool WHERE question_id = :q")
                .param("q", easy).query(UUID.class).single();
        UUID someone = UUID.randomUUID();
        Instant start = Instant.parse("2026-01-05T10:00:00Z");
        long[] earlier = {30_000, 35_000, 41_000, 45_000, 50_000}; // median 41 s
        for (int i = 0; i < earlier.length; i++) {
            recorder.record(finished(someone, start.plusSeconds(60L * i), "SUBMITTED",
                    outcome(UUID.randomUUID(), UUID.randomUUID(), 0, true, earlier[i])));
        }
        UUID fast = UUID.randomUUID();
        UUID careless = recorder(finished(someone, start.plusSeconds(600), "SUBMITTED",
                outcome(easy, easyVersion, 1, false, 6_000)));
        Map<String, Object> row = mistakeOf(careless);
        assertThat(row.get("rule")).isEqualTo("careless");
        assertThat((String) row.get("measured")).contains("\"usualMs\": 41000", "\"difficulty\": 1",
                "\"previousAnswers\": 5", "\"timeMs\": 6000");
        assertThat(row.get("explanation")).isEqualTo(
                "Wrong in 6 s against a usual 41 s on an easy question (difficulty 1).");

        // The careless session's 6 s answer now counts too: 6, 30, 35, 41, 45, 50 -> usual (35 + 41) / 2 = 38 s.
        UUID slow = recorder(finished(someone, start.plusSeconds(700), "SUBMITTED",
                outcome(fast, UUID.randomUUID(), 2, false, 58_000)));
        assertThat(mistakeOf(slow).get("rule")).as("58 s >= 1.5 x 38 s").isEqualTo("knowledge-gap");
        UUID late = recorder(finished(someone, start.plusSeconds(800), "EXPIRED",
                outcome(UUID.randomUUID(), UUID.randomUUID(), null, false, 0)));
        assertThat(mistakeOf(late).get("rule")).isEqualTo("ran-out-of-time");

        // A right answer to the careless question, taken in before the earlier wrong one is.
        UUID question = UUID.randomUUID();
        UUID right = recorder(finished(someone, start.plusSeconds(1000), "SUBMITTED",
                outcome(question, UUID.randomUUID(), 0, true, 20_000)));
        UUID wrong = recorder(finished(someone, start.plusSeconds(900), "SUBMITTED",
                outcome(question, UUID.randomUUID(), 1, false, 20_000)));
        assertThat(mistakeOf(wrong).get("resolved_by")).as("resolved at once by the later right answer")
                .isEqualTo(right);
        recorder.record(finished(someone, start.plusSeconds(1100), "SUBMITTED",
                outcome(easy, easyVersion, 0, true, 20_000)));
        assertThat(mistakeOf(careless).get("resolved_at")).as("resolved by a right answer").isNotNull();
        assertThat(mistakeOf(slow).get("resolved_at")).as("another question: still open").isNull();
    }

    private UUID recorder(PracticeSessionFinished event) {
        recorder.record(event);
        return event.sessionId();
    }

    private Map<String, Object> mistakeOf(UUID session) {
        return jdbc.sql("SELECT rule, measured::text AS measured, explanation, resolved_at, resolved_by "
                + "FROM notebook.mistake WHERE session_id = :id").param("id", session).query().singleRow();
    }

    private PracticeSessionFinished finished(UUID student, Instant at, String outcome, QuestionOutcome question) {
        return new PracticeSessionFinished(UUID.randomUUID(), student, "EXAM", outcome, at,
                question.correct() ? 1 : 0, 1, List.of(question));
    }

    private QuestionOutcome outcome(UUID question, UUID version, Integer chosen, boolean correct, long ms) {
        return new QuestionOutcome(question, version, theme, chosen, 0, correct, ms, chosen == null ? List.of()
                : List.of(new AnswerChange(UUID.randomUUID(), chosen, correct, Instant.now())));
    }

    private long count(String table, UUID session) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE session_id = :id").param("id", session)
                .query(Long.class).single();
    }

    private UUID questionIn(UUID session, UUID themeId) {
        return jdbc.sql("SELECT question_id FROM practice.session_question WHERE session_id = :s AND theme_id = :t")
                .param("s", session).param("t", themeId).query(UUID.class).single();
    }

    private List<String> ids(String query) {
        Api.Response listed = api.get(MISTAKES + query, student);
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        return listed.json("$.mistakes[*].questionId");
    }

    private static String type(Api.Response listed, UUID question) {
        List<String> types = listed.json("$.mistakes[?(@.questionId=='" + question + "')].type");
        assertThat(types).hasSize(1);
        return types.get(0);
    }
}
