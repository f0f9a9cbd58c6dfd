package io.revisio.analytics.student;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.content.PublishedQuestions;
import io.revisio.identity.account.AccountRepository;
import io.revisio.identity.session.SessionTokens;
import io.revisio.practice.PracticeFixtures;
import io.revisio.testing.Browser;
import io.revisio.testing.IntegrationTest;
import io.revisio.testing.PhoneBrowser;
import io.revisio.testing.SignedInUsers;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A student on a phone opens their analytics from the navigation and sees the chart drawn, without sideways scrolling. */
@IntegrationTest
@ExtendWith(PhoneBrowser.class)
class StudentAnalyticsBrowserTest {

    @LocalServerPort
    int port;

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
    void aStudentSeesTheirChartOnAPhone(ChromeDriver browser) throws Exception {
        PracticeFixtures fixtures = new PracticeFixtures(mvc, jdbc, users, accounts, sessions);
        UUID theme = fixtures.node(fixtures.node(fixtures.node(null, "year"), "block"), "theme");
        List<UUID> questions = fixtures.publishMany(theme, 3);
        String token = fixtures.student();
        UUID student = AnsweredSessions.studentOf(token);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (int day = 1; day <= 5; day++) {
            rollups.record(AnsweredSessions.of(published, student, theme, questions,
                    new boolean[] {true, day % 2 == 0, day > 3}, 15_000,
                    today.minusDays(day).atTime(9, 0).toInstant(ZoneOffset.UTC)));
        }

        Browser.signInWithToken(browser, port, token);
        Browser.open(browser, port, "/practice");
        browser.findElement(By.cssSelector(".site-nav a[href='/analytics']")).click();
        Browser.waitFor(browser).until(page -> page.getCurrentUrl().endsWith("/analytics"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Your analytics");

        WebElement chart = browser.findElement(By.cssSelector("svg.trend-chart"));
        Dimension size = chart.getSize();
        assertThat(size.getWidth()).as("the chart fills the phone's width").isBetween(250, 390);
        assertThat(size.getHeight()).as("and keeps its proportions").isGreaterThan(size.getWidth() / 4);
        List<WebElement> drawn = browser.findElements(By.cssSelector("svg.trend-chart rect.volume-bar"))
                .stream().filter(bar -> bar.getSize().getHeight() > 0).toList();
        assertThat(drawn).as("a visible bar for each of the 5 days answered").hasSize(5);
        assertThat(browser.findElements(By.cssSelector("svg.trend-chart circle.accuracy-dot"))).hasSize(5);
        assertThat(browser.findElement(By.cssSelector("svg.trend-chart polyline.accuracy-line")).getSize().getWidth())
                .isPositive();
        assertThat(browser.findElement(By.cssSelector(".analytics-syllabus")).getText()).contains("15");
        Browser.assertNoSidewaysScrolling(browser, "the student's analytics");
        Browser.assertNoConsoleProblems(browser);
        Browser.screenshot(browser, "student-analytics-phone");
    }
}
