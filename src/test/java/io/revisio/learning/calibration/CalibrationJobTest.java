package io.revisio.learning.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.revisio.identity.Role;
import io.revisio.learning.evaluation.CohortSettings;
import io.revisio.learning.evaluation.CohortSimulator;
import io.revisio.learning.evaluation.SimulatedCohort;
import io.revisio.learning.irt.ItemParameters;
import io.revisio.learning.irt.Response;
import io.revisio.testing.Api;
import io.revisio.testing.IntegrationTest;
import io.revisio.testing.SignedInUsers;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The calibration job end to end on a simulated cohort written into the attempt log: parameters recovered,
 * standard errors and fit stored, one run at a time, a run on unusable data failed with its reason, a run
 * whose process died queued again, and admins only.
 */
@IntegrationTest
class CalibrationJobTest {

    static final String RUNS = "/api/v1/admin/irt/calibrations";
    static final Instant START = Instant.parse("2026-03-02T08:00:00Z");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SignedInUsers users;

    @Autowired
    JdbcTemplate template;

    @Autowired
    Calibrations calibrations;

    Api api;
    String admin;

    @BeforeEach
    void clean() {
        api = new Api(mvc);
        admin = users.as(Role.ADMIN).accessToken();
        jdbc.sql("DELETE FROM learning.irt_calibration").update();
        jdbc.sql("DELETE FROM learning.prediction").update();
        jdbc.sql("DELETE FROM learning.attempt").update();
    }

    @Test
    void recoversTheParametersOfASimulatedCohortWithStandardErrorsAndFit() {
        SimulatedCohort cohort = CohortSimulator.simulate(new CohortSettings(1_000, 3, 1, 2, 25, 7));
        Map<String, UUID> questions = write(cohort.test(), true);

        Api.Response queued = api.post(RUNS, "{\"minItemAnswers\":100,\"minStudentAnswers\":10}", admin);
        assertThat(queued.status()).as(queued.body()).isEqualTo(202);
        String id = queued.json("$.id");
        assertThat(queued.raw().getHeader("Location")).isEqualTo(RUNS + "/" + id);
        assertThat((String) queued.json("$.state")).isIn("QUEUED", "RUNNING");
        assertThat((Integer) queued.json("$.settings.minItemAnswers")).isEqualTo(100);

        Api.Response second = api.post(RUNS, null, admin);
        assertThat(second.status()).as("one run at a time").isEqualTo(409);
        assertThat(second.body()).contains("urn:revisio:problem:irt-calibration-active").contains(id);

        long started = System.nanoTime();
        String state = finish(id);
        long millis = (System.nanoTime() - started) / 1_000_000;
        Api.Response run = api.get(RUNS + "/" + id, admin);
        assertThat(state).as(run.body()).isEqualTo("SUCCEEDED");
        assertThat((Integer) run.json("$.summary.items")).isEqualTo(25);
        assertThat((Integer) run.json("$.summary.students")).isEqualTo(1_000);
        assertThat((Integer) run.json("$.summary.responses")).as("first answers only").isEqualTo(25_000);
        assertThat((Boolean) run.json("$.summary.converged")).isTrue();
        assertThat(run.body()).contains("\"finishedAt\"");
        System.out.printf("IRT calibration of 1000 students x 25 questions: %d ms from request to stored%n", millis);

        Api.Response page = api.get(RUNS + "/" + id + "/items?sort=difficulty&size=100", admin);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat((Integer) page.json("$.total")).isEqualTo(25);
        List<Map<String, Object>> items = page.json("$.items");
        List<Double> fittedA = new ArrayList<>();
        List<Double> trueA = new ArrayList<>();
        List<Double> fittedB = new ArrayList<>();
        List<Double> trueB = new ArrayList<>();
        double previous = Double.NEGATIVE_INFINITY;
        for (Map<String, Object> item : items) {
            String name = nameOf(questions, (String) item.get("questionId"));
            ItemParameters truth = cohort.testItems().get(name);
            fittedA.add(number(item.get("discrimination")));
            fittedB.add(number(item.get("difficulty")));
            trueA.add(truth.discrimination());
            trueB.add(truth.difficulty());
            assertThat(number(item.get("difficulty"))).as("sorted by difficulty").isGreaterThanOrEqualTo(previous);
            previous = number(item.get("difficulty"));
            assertThat(number(item.get("discriminationSe"))).isBetween(0.01, 0.5);
            assertThat(number(item.get("difficultySe"))).isBetween(0.01, 1.0);
            assertThat(number(item.get("infit"))).isBetween(0.7, 1.3);
            assertThat(number(item.get("outfit"))).isBetween(0.5, 1.6);
            assertThat(number(item.get("q1"))).isPositive();
            assertThat(item.get("q1Df")).isEqualTo(8);
            assertThat(number(item.get("q1P"))).isBetween(0.0, 1.0);
            assertThat(item.get("answers")).isEqualTo(1_000);
        }
        assertThat(correlation(fittedA, trueA)).as("discrimination recovered").isGreaterThanOrEqualTo(0.9);
        assertThat(correlation(fittedB, trueB)).as("difficulty recovered").isGreaterThanOrEqualTo(0.9);
        long flagged = jdbc.sql("SELECT count(*) FROM learning.irt_calibration_item WHERE calibration_id = :id AND misfit")
                .param("id", UUID.fromString(id)).query(Long.class).single();
        assertThat((Integer) run.json("$.summary.flaggedItems")).isEqualTo((int) flagged);
        assertThat(flagged).as("data drawn from the 2PL itself fits it").isLessThanOrEqualTo(2);
        assertThat((Integer) api.get(RUNS + "/" + id + "/items?flagged=true", admin).json("$.total"))
                .isEqualTo((int) flagged);

        Api.Response list = api.get(RUNS + "?size=5", admin);
        assertThat((String) list.json("$.items[0].id")).isEqualTo(id);
        assertThat((Integer) list.json("$.total")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM platform.audit_event WHERE action = 'irt-calibration.requested'"
                + " AND target_id = :id").param("id", id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aRunOnUnusableDataFailsVisiblyWithItsReason() {
        write(CohortSimulator.simulate(new CohortSettings(20, 3, 1, 2, 5, 3)).test(), false);

        Api.Response queued = api.post(RUNS, "{\"minItemAnswers\":50}", admin);
        assertThat(queued.status()).as(queued.body()).isEqualTo(202);
        String id = queued.json("$.id");

        assertThat(finish(id)).isEqualTo("FAILED");
        Api.Response run = api.get(RUNS + "/" + id, admin);
        assertThat((String) run.json("$.failure")).contains("Too little data: 0 questions with at least 50 first answers")
                .contains("the log held 100 first answers to 5 questions");
        assertThat(run.body()).as("no summary before success").doesNotContain("\"summary\"");
        Api.Response items = api.get(RUNS + "/" + id + "/items", admin);
        assertThat(items.status()).isEqualTo(409);
        assertThat(items.body()).contains("urn:revisio:problem:irt-calibration-not-succeeded");
        assertThat(api.post(RUNS, "{}", admin).status()).as("a finished run no longer blocks a new one").isEqualTo(202);
    }

    @Test
    void aRunWhoseProcessDiedIsQueuedAgainAndGivenUpOnAfterThreeStarts() {
        write(CohortSimulator.simulate(new CohortSettings(40, 3, 1, 2, 5, 5)).test(), false);
        UUID died = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO learning.irt_calibration (id, requested_at, started_at, state, starts, min_item_answers,
                    min_student_answers, max_responses)
                VALUES (:id, :at, :at, 'RUNNING', 1, 10, 3, 1000)
                """).param("id", died).param("at", Timestamp.from(Instant.now().minus(Duration.ofHours(2)))).update();

        assertThat(finish(died.toString())).isEqualTo("SUCCEEDED");
        assertThat((Integer) api.get(RUNS + "/" + died, admin).json("$.starts")).isEqualTo(2);
        assertThat((Integer) api.get(RUNS + "/" + died, admin).json("$.summary.items")).isEqualTo(5);

        UUID again = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO learning.irt_calibration (id, requested_at, started_at, state, starts, min_item_answers,
                    min_student_answers, max_responses)
                VALUES (:id, :at, :at, 'RUNNING', 3, 10, 3, 1000)
                """).param("id", again).param("at", Timestamp.from(Instant.now().minus(Duration.ofHours(2)))).update();
        assertThat(finish(again.toString())).isEqualTo("FAILED");
        assertThat((String) api.get(RUNS + "/" + again, admin).json("$.failure")).startsWith("Started 3 times");
    }

    @Test
    void invalidParametersAreRefusedAndUnknownRunsAreNotFound() {
        assertThat(api.post(RUNS, "{\"minItemAnswers\":0}", admin).status()).isEqualTo(400);
        assertThat(api.post(RUNS, "{\"maxResponses\":99999999}", admin).status()).isEqualTo(400);
        assertThat(api.get(RUNS + "?size=101", admin).status()).isEqualTo(400);
        assertThat(api.get(RUNS + "?page=-1", admin).status()).isEqualTo(400);
        Api.Response unknown = api.get(RUNS + "/" + UUID.randomUUID(), admin);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).contains("urn:revisio:problem:irt-calibration-not-found");
        assertThat(api.get(RUNS + "/" + UUID.randomUUID() + "/items", admin).status()).isEqualTo(404);
        assertThat(api.get(RUNS + "/not-an-id", admin).status()).isEqualTo(400);
        Api.Response badSort = api.get(RUNS + "/" + UUID.randomUUID() + "/items?sort=name", admin);
        assertThat(badSort.status()).isEqualTo(400);
        assertThat(badSort.body()).contains("sort");
        assertThat(jdbc.sql("SELECT count(*) FROM learning.irt_calibration").query(Long.class).single()).isZero();

        String student = users.as(Role.STUDENT).accessToken();
        assertThat(api.post(RUNS, "{}", student).status()).isEqualTo(403);
        assertThat(api.get(RUNS, student).status()).isEqualTo(403);
        assertThat(api.post(RUNS, "{}", null).status()).isEqualTo(401);
        assertThat(jdbc.sql("SELECT count(*) FROM learning.irt_calibration").query(Long.class).single()).isZero();
    }

    /** Runs queued work until the run is finished (the background poller may take it first) and gives its state. */
    private String finish(String id) {
        return await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100)).until(() -> {
            calibrations.runNext();
            return jdbc.sql("SELECT state FROM learning.irt_calibration WHERE id = :id").param("id", UUID.fromString(id))
                    .query(String.class).single();
        }, state -> state.equals("SUCCEEDED") || state.equals("FAILED"));
    }

    /**
     * Writes each response as an attempt of its own practice session; with {@code repeats}, every tenth student
     * answers each question again later with the opposite answer, which a calibration must ignore.
     */
    private Map<String, UUID> write(List<Response> responses, boolean repeats) {
        Map<String, UUID> questions = new HashMap<>();
        Map<String, UUID> students = new HashMap<>();
        UUID theme = UUID.randomUUID();
        List<Object[]> rows = new ArrayList<>();
        long seq = 1;
        for (Response response : responses) {
            UUID question = questions.computeIfAbsent(response.item(), key -> UUID.randomUUID());
            UUID student = students.computeIfAbsent(response.student(), key -> UUID.randomUUID());
            rows.add(new Object[] {seq++, UUID.randomUUID(), question, student, response.correct()});
        }
        if (repeats) {
            for (Response response : responses) {
                if (response.student().hashCode() % 10 == 0) {
                    rows.add(new Object[] {seq++, UUID.randomUUID(), questions.get(response.item()),
                            students.get(response.student()), !response.correct()});
                }
            }
        }
        UUID version = UUID.randomUUID();
        Timestamp at = Timestamp.from(START);
        template.batchUpdate("""
                INSERT INTO learning.attempt (seq, session_id, question_id, version_id, student_id, theme_id,
                    option_count, correct, answered_at)
                VALUES (?, ?, ?, ?, ?, ?, 5, ?, ?)
                """, rows.stream().map(row -> new Object[] {row[0], row[1], row[2], version, row[3], theme, row[4], at})
                .toList());
        return questions;
    }

    private static String nameOf(Map<String, UUID> questions, String id) {
        return questions.entrySet().stream().filter(e -> e.getValue().toString().equals(id)).findFirst().orElseThrow()
                .getKey();
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    static double correlation(List<Double> x, List<Double> y) {
        double mx = x.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double my = y.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.size(); i++) {
            sxy += (x.get(i) - mx) * (y.get(i) - my);
            sxx += (x.get(i) - mx) * (x.get(i) - mx);
            syy += (y.get(i) - my) * (y.get(i) - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}
