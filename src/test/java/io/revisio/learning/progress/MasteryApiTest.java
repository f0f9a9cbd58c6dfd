package io.revisio.learning.progress;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.content.PublishedQuestions;
import io.revisio.identity.account.AccountRepository;
import io.revisio.identity.session.SessionTokens;
import io.revisio.practice.PracticeFixtures;
import io.revisio.testing.Api;
import io.revisio.testing.IntegrationTest;
import io.revisio.testing.SignedInUsers;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The student's mastery over the API: their own themes, bands, Elo ability and weak areas, nobody else's. */
@IntegrationTest
class MasteryApiTest {

    static final String MASTERY = "/api/v1/learning/mastery";

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
    void theMasteryApiShowsTheStudentsOwnThemesBandsAbilityAndWeakAreas() {
        UUID weak = fixtures.node(block, "theme");
        UUID strong = fixtures.node(block, "theme");
        UUID thin = fixtures.node(block, "theme");
        List<UUID> weakQuestions = fixtures.publishMany(weak, 2);
        List<UUID> strongQuestions = fixtures.publishMany(strong, 2);
        List<UUID> thinQuestions = fixtures.publishMany(thin, 2);
        String token = fixtures.student();
        UUID student = FinishedSessions.studentOf(token);
        Instant start = Instant.parse("2026-05-04T08:00:00Z");
        for (int i = 0; i < 5; i++) {
            Instant at = start.plus(Duration.ofDays(i));
            updates.record(FinishedSessions.of(published, student, weak, weakQuestions, new boolean[] {false, i == 2}, at));
            updates.record(FinishedSessions.of(published, student, strong, strongQuestions, new boolean[] {true, true}, at.plusSeconds(600)));
        }
        updates.record(FinishedSessions.of(published, student, thin, thinQuestions, new boolean[] {true, false}, start));

        Api.Response response = api.get(MASTERY, token);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.<List<String>>json("$.themes[*].themeId")).as("lowest mastery first")
                .containsExactly(weak.toString(), thin.toString(), strong.toString());
        Map<String, Object> row = jdbc.sql("SELECT known, attempts FROM learning.mastery WHERE student_id = :s "
                + "AND skill_id = :t").param("s", student).param("t", weak).query().singleRow();
        assertThat(number(response, "$.themes[0].mastery")).isEqualTo((Double) row.get("known"));
        assertThat(response.<Integer>json("$.themes[0].attempts")).isEqualTo(10);
        assertThat(number(response, "$.themes[0].band.low")).isLessThan(number(response, "$.themes[0].mastery"));
        assertThat(number(response, "$.themes[0].band.high")).isGreaterThan(number(response, "$.themes[0].mastery"));
        assertThat(number(response, "$.themes[0].ability")).as("mostly wrong: below average").isNegative();
        assertThat(number(response, "$.themes[2].ability")).isPositive();
        assertThat(number(response, "$.themes[2].mastery")).isGreaterThan(0.9);
        assertThat(response.<String>json("$.themes[0].name")).isNotBlank();
        assertThat(number(response, "$.themes[1].mastery")).as("not mastered, but two attempts").isLessThan(0.8);
        assertThat(response.<List<String>>json("$.weakAreas[*].themeId"))
                .as("the thin theme has too little evidence, the strong one is mastered")
                .containsExactly(weak.toString());
        assertThat(response.<String>json("$.weakAreaRule")).contains("at least 10 attempts");

        String someoneElse = fixtures.student();
        Api.Response theirs = api.get(MASTERY, someoneElse);
        assertThat(theirs.status()).isEqualTo(200);
        assertThat(theirs.<List<Object>>json("$.themes")).isEmpty();
        assertThat(theirs.<List<Object>>json("$.weakAreas")).isEmpty();
    }

    private static double number(Api.Response response, String path) {
        return response.<Number>json(path).doubleValue();
    }
}
