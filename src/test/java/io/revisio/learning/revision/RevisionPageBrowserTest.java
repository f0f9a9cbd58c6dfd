package io.revisio.learning.revision;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.identity.account.AccountRepository;
import io.revisio.identity.session.SessionTokens;
import io.revisio.practice.PracticeFixtures;
import io.revisio.testing.Api;
import io.revisio.testing.Browser;
import io.revisio.testing.IntegrationTest;
import io.revisio.testing.PhoneBrowser;
import io.revisio.testing.SignedInUsers;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A student on a phone goes from the dashboard's due count to the revision page, suspends and takes back a
 * card, sees the forecast, is told which setting is wrong, and starts a revision in the practice player.
 */
@IntegrationTest
@ExtendWith(PhoneBrowser.class)
class RevisionPageBrowserTest {

    static final String SESSIONS = "/api/v1/practice/sessions";

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

    @Test
    void aStudentManagesTodaysCardsAndStartsARevisionOnAPhone(ChromeDriver browser) throws Exception {
        PracticeFixtures fixtures = new PracticeFixtures(mvc, jdbc, users, accounts, sessions);
        UUID theme = fixtures.node(fixtures.node(fixtures.node(null, "year"), "block"), "theme");
        fixtures.awaitPool(fixtures.publishMany(theme, 2));
        String student = fixtures.student();
        UUID wrong = answerWrong(new Api(mvc), student, theme);
        WebDriverWait waiting = Browser.waitFor(browser);

        Browser.signInWithToken(browser, port, student);
        Browser.open(browser, port, "/practice");
        assertThat(browser.findElement(By.id("revision-due")).getText()).contains("1 card is due for revision today");
        browser.findElement(By.linkText("Go to revision")).click();
        waiting.until(page -> page.findElement(By.tagName("h1")).getText().equals("Revision"));
        assertThat(browser.findElement(By.id("due-count")).getText()).startsWith("1 card is due today");
        assertThat(browser.findElements(By.cssSelector(".forecast tbody tr"))).hasSize(30);
        Browser.assertNoSidewaysScrolling(browser, "the revision page");
        Browser.screenshot(browser, "revision-phone");

        browser.findElement(By.cssSelector("form[action='/revision/cards/" + wrong + "/suspend'] button")).click();
        waiting.until(page -> page.findElements(By.cssSelector(".suspended-card")).size() == 1);
        assertThat(browser.findElement(By.id("due")).getText()).contains("Nothing is due today");
        browser.findElement(By.cssSelector("form[action='/revision/cards/" + wrong + "/unsuspend'] button")).click();
        waiting.until(page -> page.findElements(By.id("due-count")).size() == 1);

        var retention = browser.findElement(By.id("desired-retention"));
        retention.clear();
        retention.sendKeys("0.5");
        browser.findElement(By.cssSelector("#settings button[type=submit]")).click();
        waiting.until(page -> page.findElements(By.id("retention-error")).size() == 1);
        assertThat(browser.findElement(By.id("retention-error")).getText()).contains("0.70 to 0.97");
        assertThat(browser.findElement(By.id("desired-retention")).getAttribute("aria-describedby"))
                .contains("retention-error");
        Browser.assertNoSidewaysScrolling(browser, "the revision page with a field error");
        // The refused form answers 400, which the browser logs; nothing else may be there.
        Browser.assertNoConsoleProblems(browser, "/revision/settings - Failed to load resource: the server responded "
                + "with a status of 400");

        browser.findElement(By.id("start-revision")).click();
        Browser.waitFor(browser, Duration.ofSeconds(10))
                .until(page -> page.findElement(By.id("question")).getText().equals("Question 1 of 1"));
        assertThat(browser.getCurrentUrl()).contains("/practice/sessions/");
        Browser.assertNoConsoleProblems(browser);
    }

    /** A tutor test of two questions, one answered wrong: that card is due again in a minute. */
    private UUID answerWrong(Api api, String student, UUID theme) {
        Api.Response created = api.post(SESSIONS, "{\"mode\":\"TUTOR\",\"nodes\":[\"" + theme + "\"],\"count\":1}",
                student);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String session = created.json("$.id");
        String question = api.get(SESSIONS + "/" + session, student).json("$.questions[0].questionId");
        int place = jdbc.sql("SELECT array_position(option_order, correct_index) - 1 FROM practice.session_question "
                        + "WHERE session_id = :s AND question_id = :q")
                .param("s", UUID.fromString(session)).param("q", UUID.fromString(question)).query(Integer.class)
                .single();
        Api.Response answered = api.send(HttpMethod.PUT, SESSIONS + "/" + session + "/answers/" + question,
                "{\"answerId\":\"" + UUID.randomUUID() + "\",\"option\":" + (place + 1) % 4 + "}", student, "127.0.0.1");
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        api.post(SESSIONS + "/" + session + "/submit", null, student);
        UUID wrong = UUID.fromString(question);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50))
                .until(() -> jdbc.sql("SELECT count(*) FROM learning.revision_card WHERE question_id = :q")
                        .param("q", wrong).query(Long.class).single() == 1);
        return wrong;
    }
}
