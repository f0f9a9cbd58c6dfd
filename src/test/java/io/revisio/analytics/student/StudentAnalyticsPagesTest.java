package io.revisio.analytics.student;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.content.PublishedQuestions;
import io.revisio.identity.Role;
import io.revisio.identity.account.AccountRepository;
import io.revisio.identity.session.SessionTokens;
import io.revisio.practice.PracticeFixtures;
import io.revisio.testing.Api;
import io.revisio.testing.IntegrationTest;
import io.revisio.testing.SignedInUsers;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The student's analytics page: summary cards, the chart drawn as SVG on the server from the same numbers
 * as its table, the syllabus with meters, the mastery map, the percentile, and the link in the navigation.
 */
@IntegrationTest
class StudentAnalyticsPagesTest {

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

    @Test
    void thePageDrawsTheStudentsOwnNumbers() {
        PracticeFixtures fixtures = new PracticeFixtures(mvc, jdbc, users, accounts, sessions);
        Api api = new Api(mvc);
        UUID theme = fixtures.node(fixtures.node(fixtures.node(null, "year"), "block"), "theme");
        String themeName = jdbc.sql("SELECT name FROM content.syllabus_node WHERE id = :id").param("id", theme)
                .query(String.class).single();
        List<UUID> questions = fixtures.publishMany(theme, 4);
        String token = fixtures.student();
        UUID student = AnsweredSessions.studentOf(token);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Instant twoDaysAgo = today.minusDays(2).atTime(10, 0).toInstant(ZoneOffset.UTC);
        rollups.record(AnsweredSessions.of(published, student, theme, questions, new boolean[] {true, true, true, false},
                12_000, twoDaysAgo));
        rollups.record(AnsweredSessions.of(published, student, theme, questions, new boolean[] {true, false, false, false},
                12_000, twoDaysAgo.plusSeconds(600)));

        Api.Response page = api.get("/analytics", token);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        String html = page.body();
        assertThat(html).contains("<h1>Your analytics</h1>", "href=\"/analytics\"", themeName);
        assertThat(html).as("answers card").containsPattern("Answers</span>\\s*<strong class=\"analytics-value\">8</strong>");
        assertThat(html).as("half right").contains("50%");
        List<String> bars = all(html, "<rect class=\"volume-bar\"[^>]*height=\"([0-9.]+)\"");
        assertThat(bars).as("one bar per day of the last 30").hasSize(30);
        assertThat(bars.stream().filter(height -> Double.parseDouble(height) > 0).count()).as("one day answered")
                .isEqualTo(1);
        assertThat(all(html, "<circle class=\"accuracy-dot\"")).hasSize(1);
        assertThat(html).contains("<title>" + StudentAnalyticsViews.day(today.minusDays(2)) + ": 8 answers</title>");
        assertThat(html).contains("<caption>Answers and share right per day, last 30 days</caption>");
        assertThat(all(html, "<meter min=\"0\" max=\"1\" value=\"([0-9.]+)\"")).as("year, block, theme, revision")
                .containsExactly("0.5", "0.5", "0.5", "0.0");
        assertThat(html).contains("mastery-map", "Answer more questions of this year").doesNotContain("cdn", "http://", "https://");

        assertThat(api.get("/analytics", users.as(Role.EDITOR).accessToken()).status()).isEqualTo(403);
        assertThat(api.get("/practice", token).body()).contains("href=\"/analytics\"");
    }

    private static List<String> all(String html, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(html);
        List<String> found = new java.util.ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.groupCount() > 0 ? matcher.group(1) : matcher.group());
        }
        return found;
    }
}
