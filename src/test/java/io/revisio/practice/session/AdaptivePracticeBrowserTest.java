package io.revisio.practice.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.identity.account.AccountRepository;
import io.revisio.identity.session.SessionTokens;
import io.revisio.practice.PracticeFixtures;
import io.revisio.testing.Browser;
import io.revisio.testing.IntegrationTest;
import io.revisio.testing.PhoneBrowser;
import io.revisio.testing.SignedInUsers;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A student on a phone starts adaptive practice from the dashboard, reads why the question was chosen, and
 * answers it.
 */
@IntegrationTest
@ExtendWith(PhoneBrowser.class)
class AdaptivePracticeBrowserTest {

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
    void aStudentPractisesAdaptivelyOnAPhone(ChromeDriver browser) throws Exception {
        PracticeFixtures fixtures = new PracticeFixtures(mvc, jdbc, users, accounts, sessions);
        UUID theme = fixtures.node(fixtures.node(fixtures.node(null, "year"), "block"), "theme");
        fixtures.awaitPool(fixtures.publishMany(theme, 4));
        WebDriverWait waiting = Browser.waitFor(browser);

        Browser.signInWithToken(browser, port, fixtures.student());
        Browser.open(browser, port, "/practice");
        Browser.assertNoSidewaysScrolling(browser, "the dashboard");
        browser.findElement(By.id("practise-adaptively")).click();
        waiting.until(page -> page.findElement(By.id("question")).getText().matches("Question 1 of \\d+"));
        assertThat(browser.findElement(By.cssSelector(".player-bar")).getText()).startsWith("Adaptive");
        assertThat(browser.findElement(By.id("why-chosen")).getText()).startsWith("Why this question: it is");
        Browser.assertNoSidewaysScrolling(browser, "the adaptive player");
        Browser.screenshot(browser, "practice-adaptive-phone");

        browser.switchTo().activeElement().sendKeys("1");
        waiting.until(page -> page.findElement(By.id("feedback")).getText().contains("The answer is"));
        assertThat(browser.findElement(By.id("option-1")).isEnabled()).as("locked once answered, like tutor")
                .isFalse();
        assertThat(browser.findElement(By.id("why-chosen")).isDisplayed()).isTrue();
    }
}
