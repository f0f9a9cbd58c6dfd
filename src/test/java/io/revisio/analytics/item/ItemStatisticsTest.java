package io.revisio.analytics.item;

import static io.revisio.analytics.item.SyntheticSessions.Given.right;
import static io.revisio.analytics.item.SyntheticSessions.Given.wrong;
import static io.revisio.analytics.item.SyntheticSessions.session;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import io.revisio.analytics.item.SyntheticSessions.Item;
import io.revisio.identity.account.AccountRepository;
import io.revisio.identity.session.SessionTokens;
import io.revisio.notebook.NotebookPractice;
import io.revisio.practice.FinishedPracticeSessions;
import io.revisio.practice.PracticeFixtures;
import io.revisio.practice.PracticeSessionFinished;
import io.revisio.shared.rebuild.Rebuildable;
import io.revisio.testing.Api;
import io.revisio.testing.IntegrationTest;
import io.revisio.testing.SignedInUsers;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finished practice sessions reach the item statistics once each (a redelivered event changes nothing), the
 * flags come up on answers shaped like a broken question, and a rebuild from practice's attempt log gives the
 * same rows.
 */
@IntegrationTest
class ItemStatisticsTest {

    static final Duration PATIENCE = Duration.ofSeconds(15);

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
    ItemStatistics statistics;

    @Autowired
    FinishedPracticeSessions log;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    List<Rebuildable> rebuildables;

    PracticeFixtures fixtures;
    NotebookPractice practice;
    UUID theme;
    List<UUID> questions;

    @BeforeEach
    void setUp() {
        fixtures = new PracticeFixtures(mvc, jdbc, users, accounts, sessions);
        practice = new NotebookPractice(mvc, jdbc);
        theme = fixtures.node(fixtures.node(fixtures.node(null, "year"), "block"), "theme");
        questions = fixtures.publishMany(theme, 3);
        fixtures.awaitPool(questions);
    }

    @Test
    void aRedeliveredSessionChangesNothing() {
        String student = fixtures.student();
        UUID session = practice.start(student, "{\"mode\":\"TUTOR\",\"nodes\":[\"" + theme + "\"],\"count\":3}");
        List<UUID> met = practice.questions(student, session);
        practice.answer(student, session, met.get(0), true);
        practice.answer(student, session, met.get(1), false);
        submit(student, session);

        List<Map<String, Object>> before = rows(met);
        assertThat(statistic(met.get(0))).containsEntry("answers", 1L).containsEntry("correct", 1L)
                .containsEntry("sum_rest", 0L);
        assertThat(statistic(met.get(1))).as("one right of the two others").containsEntry("answers", 1L)
                .containsEntry("correct", 0L).containsEntry("sum_rest", 5000L);
        assertThat(count("SELECT count(*) FROM analytics.item_statistic WHERE question_id = :q", met.get(2)))
                .as("left unanswered: no answer to count").isZero();

        PracticeSessionFinished again = fromLog(session);
        assertThat(again.questions()).hasSize(3);
        // Delivered again, one at a time (as the registry resubmits an outstanding publication): two identical
        // publications in flight at once are not something the registry produces.
        for (int delivery = 0; delivery < 2; delivery++) {
            new TransactionTemplate(transactionManager).executeWithoutResult(status -> events.publishEvent(again));
            awaitNoOutstandingPublications();
        }
        statistics.record(again);

        assertThat(rows(met)).isEqualTo(before);
        assertThat(count("SELECT count(*) FROM analytics.handled_session WHERE session_id = :q", session)).isEqualTo(1);
    }

    @Test
    void answersShapedLikeABrokenQuestionRaiseBothFlagsAndAHealthyOneRaisesNone() {
        Item broken = Item.unknown();
        Item healthy = Item.unknown();
        List<Item> fillers = List.of(Item.unknown(), Item.unknown(), Item.unknown());
        Instant at = Instant.parse("2026-05-04T08:00:00Z");
        for (int i = 0; i < 40; i++) {
            boolean strong = i < 25; // the strong students get the fillers right and the broken question wrong
            List<SyntheticSessions.Given> given = new ArrayList<>();
            given.add(strong ? wrong(broken, 30_000) : right(broken, 30_000));
            fillers.forEach(filler -> given.add(strong ? right(filler, 20_000) : wrong(filler, 20_000)));
            statistics.record(session(at.plusSeconds(i), given.toArray(SyntheticSessions.Given[]::new)));
            boolean good = i < 30;
            statistics.record(session(at.plusSeconds(100 + i), good ? right(healthy, 10_000) : wrong(healthy, 10_000),
                    good ? right(fillers.get(0), 10_000) : wrong(fillers.get(0), 10_000)));
        }

        Map<String, Object> flagged = statistic(broken.questionId());
        assertThat(flagged).containsEntry("answers", 40L).containsEntry("correct", 15L)
                .containsEntry("negative_discrimination", true).containsEntry("distractor_above_key", true)
                .containsEntry("flagged", true);
        assertThat((Double) flagged.get("discrimination")).isCloseTo(-1.0, within(1e-12));
        assertThat((Double) flagged.get("share_correct")).isEqualTo(0.375);
        Map<String, Object> fine = statistic(healthy.questionId());
        assertThat((Double) fine.get("discrimination")).isCloseTo(1.0, within(1e-12));
        assertThat(fine).containsEntry("flagged", false);
        for (Item filler : fillers) {
            assertThat(statistic(filler.questionId())).containsEntry("flagged", false);
        }
        assertThat(jdbc.sql("SELECT chosen FROM analytics.item_option WHERE version_id = :v ORDER BY option_index")
                .param("v", broken.versionId()).query(Long.class).list()).containsExactly(15L, 25L);
    }

    @Test
    void aRebuildFromTheAttemptLogGivesTheSameStatistics() {
        List<UUID> met = new ArrayList<>();
        for (int student = 0; student < 4; student++) {
            String token = fixtures.student();
            String mode = student % 2 == 0 ? "TUTOR" : "EXAM";
            UUID session = practice.start(token, "{\"mode\":\"" + mode + "\",\"nodes\":[\"" + theme + "\"],\"count\":3}");
            List<UUID> asked = practice.questions(token, session);
            met.addAll(asked);
            for (int i = 0; i < asked.size(); i++) {
                if (i + student != 4) { // one question left unanswered by some
                    practice.answer(token, session, asked.get(i), (i + student) % 3 != 0);
                }
            }
            if (mode.equals("EXAM")) {
                practice.answer(token, session, asked.get(0), true); // a changed answer: only the last one counts
            }
            submit(token, session);
        }
        List<UUID> asked = met.stream().distinct().toList();
        List<Map<String, Object>> before = rows(asked);
        assertThat(before).isNotEmpty();
        jdbc.sql("UPDATE analytics.item_statistic SET answers = 99, discrimination = 0.5 WHERE question_id = :q")
                .param("q", asked.get(0)).update(); // damage the derived state
        jdbc.sql("DELETE FROM analytics.item_option WHERE version_id IN (SELECT version_id FROM analytics.item_version "
                + "WHERE question_id = :q)").param("q", asked.get(1)).update();

        Rebuildable rebuild = rebuildables.stream().filter(each -> each.name().equals("item-statistics")).findFirst()
                .orElseThrow();
        assertThat(rebuild.rebuild()).matches("item statistics of \\d+ questions from \\d+ answers in \\d+ finished "
                + "practice sessions");

        assertThat(rows(asked)).isEqualTo(before);
    }

    @Test
    void theDistractorFlagIsJudgedOnTheNewestVersionAndTheFilingFollowsIt() throws Exception {
        UUID question = questions.get(0);
        UUID first = version(question);
        Item v1 = new Item(question, first, theme, 0); // publishMany puts the first question's key first
        Instant at = Instant.parse("2026-07-01T10:00:00Z");
        for (int i = 0; i < 30; i++) { // alone in their sessions: only the option counts say anything
            statistics.record(session(at.plusSeconds(i), i < 10 ? right(v1, 3000) : wrong(v1, 3000)));
        }
        assertThat(statistic(question)).containsEntry("distractor_above_key", true).containsEntry("flagged", true);

        UUID otherTheme = fixtures.node(fixtures.node(fixtures.node(null, "year"), "block"), "theme");
        MockHttpServletResponse edited = mvc.perform(put("/api/v1/admin/questions/" + question)
                .header("Authorization", "Bearer " + fixtures.editor()).header("If-Match", "*")
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"stem": "Reworded stem", "options": [{"text": "A", "correct": false},
                         {"text": "B", "correct": true}, {"text": "C", "correct": false}],
                         "explanation": "Why B.", "references": [{"source": "Guyton"}], "themeId": "%s",
                         "conceptIds": [], "difficulty": 3}
                        """.formatted(otherTheme))).andReturn().getResponse();
        assertThat(edited.getStatus()).as(edited.getContentAsString()).isEqualTo(200);
        fixtures.act(question, "submit", fixtures.editor());
        fixtures.act(question, "approve", users.as(io.revisio.identity.Role.REVIEWER).accessToken());
        fixtures.act(question, "publish", fixtures.editor());
        await().atMost(PATIENCE).until(() -> !version(question).equals(first));
        Item v2 = new Item(question, version(question), otherTheme, 1);
        for (int i = 0; i < 30; i++) {
            statistics.record(session(at.plusSeconds(100 + i), i < 25 ? right(v2, 3000) : wrong(v2, 3000)));
        }
        statistics.record(session(at.minusSeconds(60), wrong(v1, 3000))); // an old session handled late

        Map<String, Object> now = statistic(question);
        assertThat(now).containsEntry("answers", 61L).containsEntry("latest_version_number", 2)
                .containsEntry("theme_id", otherTheme).containsEntry("distractor_above_key", false)
                .containsEntry("flagged", false);
        assertThat(jdbc.sql("SELECT number FROM analytics.item_version WHERE question_id = :q ORDER BY number")
                .param("q", question).query(Integer.class).list()).containsExactly(1, 2);
        assertThat(jdbc.sql("SELECT option_index || ':' || chosen FROM analytics.item_option WHERE version_id = :v "
                        + "ORDER BY option_index").param("v", v2.versionId()).query(String.class).list())
                .as("v2's own options").containsExactly("1:25", "2:5");
    }

    private UUID version(UUID question) {
        return jdbc.sql("SELECT version_id FROM practice.question_pool WHERE question_id = :q").param("q", question)
                .query(UUID.class).single();
    }

    private void submit(String student, UUID session) {
        Api.Response submitted = new Api(mvc).post(NotebookPractice.SESSIONS + "/" + session + "/submit", null, student);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        await().atMost(PATIENCE).until(() -> count(
                "SELECT count(*) FROM analytics.handled_session WHERE session_id = :q", session) == 1);
        awaitNoOutstandingPublications();
    }

    private void awaitNoOutstandingPublications() {
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(jdbc.sql(
                        "SELECT listener_id || ' ' || coalesce(status, '') FROM platform.event_publication")
                .query(String.class).list()).as("outstanding publications").isEmpty());
    }

    private PracticeSessionFinished fromLog(UUID session) {
        List<PracticeSessionFinished> found = new ArrayList<>();
        log.replay(each -> {
            if (each.sessionId().equals(session)) {
                found.add(each);
            }
        });
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private Map<String, Object> statistic(UUID question) {
        return jdbc.sql("SELECT * FROM analytics.item_statistic WHERE question_id = :q").param("q", question)
                .query().singleRow();
    }

    /** Every stored row about these questions, in a fixed order. */
    private List<Map<String, Object>> rows(List<UUID> questions) {
        UUID[] ids = questions.toArray(UUID[]::new);
        List<Map<String, Object>> rows = new ArrayList<>();
        // arrays as text: a JDBC array has no equality of its own
        rows.addAll(jdbc.sql("""
                        SELECT question_id, theme_id, concept_ids::text AS concepts, latest_version_number, answers,
                               correct, scored, scored_correct, sum_rest, sum_rest_squared, sum_rest_correct,
                               share_correct, discrimination, negative_discrimination, distractor_above_key, flagged,
                               last_answered_at
                        FROM analytics.item_statistic WHERE question_id = ANY (:ids) ORDER BY question_id
                        """)
                .param("ids", ids).query().listOfRows());
        rows.addAll(jdbc.sql("SELECT * FROM analytics.item_version WHERE question_id = ANY (:ids) ORDER BY version_id")
                .param("ids", ids).query().listOfRows());
        rows.addAll(jdbc.sql("""
                        SELECT o.* FROM analytics.item_option o JOIN analytics.item_version v USING (version_id)
                        WHERE v.question_id = ANY (:ids) ORDER BY o.version_id, o.option_index
                        """).param("ids", ids).query().listOfRows());
        rows.addAll(jdbc.sql("SELECT * FROM analytics.item_answer WHERE question_id = ANY (:ids) "
                + "ORDER BY session_id, question_id").param("ids", ids).query().listOfRows());
        return rows;
    }

    private long count(String sql, UUID id) {
        return jdbc.sql(sql).param("q", id).query(Long.class).single();
    }
}
