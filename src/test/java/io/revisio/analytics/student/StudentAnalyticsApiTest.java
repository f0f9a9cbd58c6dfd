package io.revisio.analytics.student;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import io.revisio.content.PublishedQuestions;
import io.revisio.identity.Role;
import io.revisio.identity.account.AccountRepository;
import io.revisio.identity.session.SessionTokens;
import io.revisio.practice.PracticeFixtures;
import io.revisio.practice.PracticeSessionFinished;
import io.revisio.testing.Api;
import io.revisio.testing.IntegrationTest;
import io.revisio.testing.SignedInUsers;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The student analytics API on finished sessions delivered through the event publication registry: the
 * overview, syllabus and trend add up the student's own answers; the percentile ranks ties together and shows
 * nothing below the minimum cohort; bad parameters get a 400 and other roles a 403.
 */
@IntegrationTest
class StudentAnalyticsApiTest {

    static final String API = "/api/v1/analytics";

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
    StudentRollups rollups;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    PracticeFixtures fixtures;
    Api api;
    LocalDate today;
    Instant earlierToday;

    @BeforeEach
    void setUp() {
        fixtures = new PracticeFixtures(mvc, jdbc, users, accounts, sessions);
        api = new Api(mvc);
        Instant now = Instant.now();
        today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Instant midnight = today.atStartOfDay(ZoneOffset.UTC).toInstant();
        earlierToday = midnight.plus(Duration.between(midnight, now).dividedBy(2)).minusSeconds(30);
        if (earlierToday.isBefore(midnight)) {
            earlierToday = midnight;
        }
    }

    @Test
    void theOverviewSyllabusAndTrendAddUpTheStudentsOwnAnswers() {
        UUID year = fixtures.node(null, "year");
        UUID block = fixtures.node(year, "block");
        UUID themeA = fixtures.node(block, "theme");
        UUID themeB = fixtures.node(block, "theme");
        UUID concept = fixtures.node(themeA, "concept");
        List<UUID> a = List.of(fixtures.publish(themeA, List.of(concept), 3, 4, 0),
                fixtures.publish(themeA, List.of(concept), 3, 4, 0), fixtures.publish(themeA, List.of(), 3, 4, 0),
                fixtures.publish(themeA, List.of(), 3, 4, 0), fixtures.publish(themeA, List.of(), 3, 4, 0));
        List<UUID> b = fixtures.publishMany(themeB, 5);
        String token = fixtures.student();
        UUID student = AnsweredSessions.studentOf(token);
        Instant yesterdayNoon = today.minusDays(1).atTime(12, 0).toInstant(ZoneOffset.UTC);
        deliver(AnsweredSessions.of(published, student, themeA, a, new boolean[] {true, true, true, true, true},
                10_000, today.minusDays(3).atTime(12, 0).toInstant(ZoneOffset.UTC)));
        deliver(AnsweredSessions.of(published, student, themeB, b, new boolean[] {true, false, false, false, false},
                20_000, yesterdayNoon));
        deliver(AnsweredSessions.of(published, student, themeB, b, new boolean[] {false, false, true, false, false},
                20_000, yesterdayNoon.plusSeconds(3600)));
        deliver(AnsweredSessions.of(published, student, themeA, a, new boolean[] {true, true, true, true, false},
                10_000, earlierToday));
        // Another student on theme A only: 30 s per question.
        rollups.record(AnsweredSessions.made(UUID.randomUUID(), themeA, 5, 2, 30_000, earlierToday));

        Api.Response overview = get("/overview", token);
        assertThat(overview.<Integer>json("$.answers")).isEqualTo(20);
        assertThat(overview.<Integer>json("$.correct")).isEqualTo(11);
        assertThat(overview.<Double>json("$.accuracy")).isCloseTo(0.55, within(1e-9));
        assertThat(overview.<Integer>json("$.last7Days.answers")).isEqualTo(20);
        assertThat(overview.<Integer>json("$.last30Days.correct")).isEqualTo(11);
        assertThat(overview.<Integer>json("$.streakDays")).as("today and yesterday; three days ago is apart")
                .isEqualTo(2);
        assertThat(overview.<String>json("$.lastAnswered")).isEqualTo(today.toString());
        assertThat(overview.<Integer>json("$.time.studentMs")).as("(10 x 10 s + 10 x 20 s) / 20").isEqualTo(15_000);
        assertThat(overview.<Integer>json("$.time.peersMs")).as("theme A only: nobody else answered B")
                .isEqualTo(30_000);
        assertThat(overview.<Double>json("$.time.ratio")).isCloseTo(0.5, within(1e-9));
        assertThat(overview.<Integer>json("$.revision.done")).as("every second answer to a question is a revision")
                .isEqualTo(10);
        int missed = overview.json("$.revision.missed");
        assertThat(overview.<Double>json("$.revision.share")).isCloseTo(10.0 / (10 + missed), within(1e-9));
        assertThat(overview.<List<String>>json("$.weakestThemes[*].themeId")).containsExactly(themeB.toString());
        assertThat(overview.<Double>json("$.weakestThemes[0].accuracy")).isCloseTo(0.2, within(1e-9));

        Api.Response syllabus = get("/syllabus", token);
        assertThat(syllabus.<List<String>>json("$.years[*].id")).containsExactly(year.toString());
        assertThat(syllabus.<Integer>json("$.years[0].answers")).isEqualTo(20);
        assertThat(syllabus.<Integer>json("$.years[0].peersMs")).isEqualTo(30_000);
        assertThat(syllabus.<String>json("$.years[0].children[0].level")).isEqualTo("BLOCK");
        List<Map<String, Object>> themes = syllabus.json("$.years[0].children[0].children");
        assertThat(themes).extracting(t -> t.get("id")).containsExactlyInAnyOrder(themeA.toString(), themeB.toString());
        Map<String, Object> first = themes.stream().filter(t -> t.get("id").equals(themeA.toString())).findFirst()
                .orElseThrow();
        assertThat(first.get("answers")).isEqualTo(10);
        assertThat(first.get("correct")).isEqualTo(9);
        assertThat(first.get("msPerQuestion")).isEqualTo(10_000);
        assertThat(first.get("peersMs")).isEqualTo(30_000);
        assertThat(first.get("mastery")).as("from learning's knowledge tracing").isNotNull();
        List<Map<String, Object>> concepts = (List<Map<String, Object>>) first.get("children");
        assertThat(concepts).hasSize(1);
        assertThat(concepts.get(0).get("id")).isEqualTo(concept.toString());
        assertThat(concepts.get(0).get("answers")).isEqualTo(4);
        assertThat(concepts.get(0).get("correct")).isEqualTo(4);

        Api.Response daily = get("/trend?days=7", token);
        assertThat(daily.<List<Object>>json("$.points")).hasSize(7);
        assertThat(daily.<String>json("$.points[6].start")).isEqualTo(today.toString());
        assertThat(daily.<Integer>json("$.points[6].answers")).isEqualTo(5);
        assertThat(daily.<Integer>json("$.points[6].correct")).isEqualTo(4);
        assertThat(daily.<Integer>json("$.points[5].answers")).isEqualTo(10);
        assertThat(daily.<Integer>json("$.points[3].answers")).isEqualTo(5);
        assertThat(daily.<Map<String, Object>>json("$.points[4]")).as("no answers, no accuracy").doesNotContainKey("accuracy");
        Api.Response weekly = get("/trend?days=10&bucket=week", token);
        assertThat(weekly.<String>json("$.bucket")).isEqualTo("week");
        assertThat(weekly.<Integer>json("$.days")).isEqualTo(14);
        assertThat(weekly.<List<Integer>>json("$.points[*].answers")).containsExactly(0, 20);
        assertThat(get("/trend", token).<Integer>json("$.days")).isEqualTo(30);
    }

    @Test
    void thePercentileRanksTiesTogetherAndShowsNothingBelowTheMinimumCohort() {
        UUID ranked = fixtures.node(fixtures.node(fixtures.node(null, "year"), "block"), "theme");
        UUID small = fixtures.node(fixtures.node(fixtures.node(null, "year"), "block"), "theme");
        UUID quiet = fixtures.node(fixtures.node(fixtures.node(null, "year"), "block"), "theme");
        List<UUID> questions = fixtures.publishMany(ranked, 5);
        String token = fixtures.student();
        UUID student = AnsweredSessions.studentOf(token);
        for (int i = 0; i < 4; i++) { // 15 of 20 right, through the event path
            deliver(AnsweredSessions.of(published, student, ranked, questions,
                    new boolean[] {true, true, true, i < 3, false}, 5000, earlierToday.plusSeconds(10L * i)));
        }
        rollups.record(AnsweredSessions.made(student, small, 20, 10, 5000, earlierToday));
        rollups.record(AnsweredSessions.made(student, quiet, 3, 3, 5000, earlierToday));
        Instant at = earlierToday.minusSeconds(7200);
        for (int i = 0; i < 5; i++) {
            rollups.record(AnsweredSessions.made(UUID.randomUUID(), ranked, 20, 15, 5000, at)); // tied: 15 of 20
            rollups.record(AnsweredSessions.made(UUID.randomUUID(), small, 20, 5, 5000, at));
        }
        rollups.record(AnsweredSessions.made(UUID.randomUUID(), ranked, 40, 30, 5000, at)); // tied: 30 of 40
        for (int i = 0; i < 6; i++) {
            rollups.record(AnsweredSessions.made(UUID.randomUUID(), ranked, 20, 18, 5000, at)); // above
        }
        for (int i = 0; i < 7; i++) {
            rollups.record(AnsweredSessions.made(UUID.randomUUID(), ranked, 20, 10, 5000, at)); // below
        }
        rollups.record(AnsweredSessions.made(UUID.randomUUID(), ranked, 19, 0, 5000, at)); // too few answers
        rollups.record(AnsweredSessions.made(UUID.randomUUID(), ranked, 20, 0, 5000,
                today.minusDays(30).atTime(12, 0).toInstant(ZoneOffset.UTC))); // answered before the 30 days

        Api.Response response = get("/percentile", token);
        assertThat(response.<Integer>json("$.minCohort")).isEqualTo(20);
        assertThat(response.<List<String>>json("$.years[*].status"))
                .containsExactlyInAnyOrder("RANKED", "COHORT_TOO_SMALL", "NOT_ACTIVE");
        Map<String, Object> rankedYear = year(response, "RANKED");
        assertThat(rankedYear.get("cohort")).as("the student, 6 who tie with them, 6 above, 7 below").isEqualTo(20);
        assertThat(rankedYear.get("rank")).as("6 above; the 7 who tie share rank 7").isEqualTo(7);
        assertThat(rankedYear.get("percentile")).as("7 of 20 strictly below").isEqualTo(35.0);
        assertThat(rankedYear.get("answers")).isEqualTo(20);
        assertThat(rankedYear.get("accuracy")).isEqualTo(0.75);
        Map<String, Object> smallYear = year(response, "COHORT_TOO_SMALL");
        assertThat(smallYear.get("answers")).isEqualTo(20);
        assertThat(smallYear.get("cohort")).isNull();
        assertThat(smallYear.get("rank")).isNull();
        assertThat(smallYear.get("percentile")).isNull();
        Map<String, Object> quietYear = year(response, "NOT_ACTIVE");
        assertThat(quietYear.get("answers")).isEqualTo(3);
        assertThat(quietYear.get("percentile")).isNull();
    }

    @Test
    void aRedeliveredSessionChangesNothing() {
        UUID theme = fixtures.node(fixtures.node(fixtures.node(null, "year"), "block"), "theme");
        List<UUID> questions = fixtures.publishMany(theme, 3);
        UUID student = UUID.randomUUID();
        PracticeSessionFinished session = AnsweredSessions.of(published, student, theme, questions,
                new boolean[] {true, false, true}, 7000, earlierToday);
        deliver(session);
        List<Map<String, Object>> once = rows(student, theme);
        assertThat(once).hasSize(2);
        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(session));
        await().atMost(Duration.ofSeconds(15)).until(this::noOutstandingPublications);
        assertThat(rollups.record(session)).as("already handled").isFalse();
        assertThat(rows(student, theme)).isEqualTo(once);
    }

    @Test
    void badParametersGetA400AndOtherRolesA403() {
        String token = fixtures.student();
        for (String query : List.of("/trend?days=6", "/trend?days=366", "/trend?days=ten", "/trend?bucket=month",
                "/trend?day=7", "/overview?days=7", "/syllabus?year=1", "/percentile?x=1")) {
            Api.Response refused = get(query, token, 400);
            assertThat(refused.raw().getContentType()).startsWith("application/problem+json");
        }
        assertThat(get("/trend?days=6", token, 400).<String>json("$.errors[0].field")).isEqualTo("days");
        for (Role role : List.of(Role.EDITOR, Role.REVIEWER, Role.ADMIN)) {
            String staff = users.as(role).accessToken();
            for (String route : List.of("/overview", "/syllabus", "/trend", "/percentile")) {
                get(route, staff, 403);
            }
        }
        Api.Response empty = get("/overview", token);
        assertThat(empty.<Integer>json("$.answers")).isZero();
        assertThat(empty.<Map<String, Object>>json("$")).doesNotContainKey("accuracy");
        assertThat(get("/syllabus", token).<List<Object>>json("$.years")).isEmpty();
        assertThat(get("/percentile", token).<List<Object>>json("$.years")).isEmpty();
    }

    private Api.Response get(String route, String token) {
        return get(route, token, 200);
    }

    private Api.Response get(String route, String token, int status) {
        Api.Response response = api.get(API + route, token);
        assertThat(response.status()).as(route + ": " + response.body()).isEqualTo(status);
        return response;
    }

    /** Publishes the session as practice does and waits until the student rollups took it in. */
    private void deliver(PracticeSessionFinished session) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(session));
        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.sql(
                "SELECT count(*) FROM analytics.student_session WHERE session_id = :id")
                .param("id", session.sessionId()).query(Long.class).single() == 1);
        await().atMost(Duration.ofSeconds(15)).until(this::noOutstandingPublications);
    }

    private boolean noOutstandingPublications() {
        return jdbc.sql("SELECT count(*) FROM platform.event_publication WHERE completion_date IS NULL")
                .query(Long.class).single() == 0;
    }

    private List<Map<String, Object>> rows(UUID student, UUID theme) {
        List<Map<String, Object>> rows = new java.util.ArrayList<>(jdbc.sql(
                "SELECT day, answers, correct, time_spent_ms FROM analytics.student_theme_day WHERE student_id = :s")
                .param("s", student).query().listOfRows());
        rows.addAll(jdbc.sql("SELECT answers, time_spent_ms FROM analytics.theme_time WHERE theme_id = :t")
                .param("t", theme).query().listOfRows());
        return rows;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> year(Api.Response response, String status) {
        List<Map<String, Object>> years = response.json("$.years[?(@.status == '" + status + "')]");
        assertThat(years).hasSize(1);
        return years.get(0);
    }
}
