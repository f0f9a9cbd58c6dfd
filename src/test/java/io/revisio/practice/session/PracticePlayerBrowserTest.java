package io.revisio.practice.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.identity.account.AccountRepository;
import io.revisio.identity.session.SessionTokens;
import io.revisio.practice.PracticeFixtures;
import io.revisio.testing.Browser;
import io.revisio.testing.IntegrationTest;
import io.revisio.testing.PhoneBrowser;
import io.revisio.testing.SignedInUsers;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A student on a phone builds and takes a tutor test and a timed exam, partly with the keyboard shortcuts,
 * lets the exam's time run out, and reads the results and the review.
 */
@IntegrationTest
@ExtendWith(PhoneBrowser.class)
class PracticePlayerBrowserTest {

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
    void aStudentTakesATutorTestAndATimedExamFromTheBuilderToTheReview(ChromeDriver browser) throws Exception {
        PracticeFixtures fixtures = new PracticeFixtures(mvc, jdbc, users, accounts, sessions);
        UUID theme = fixtures.node(fixtures.node(fixtures.node(null, "year"), "block"), "theme");
        fixtures.awaitPool(fixtures.publishMany(theme, 4));
        String student = fixtures.student();
        WebDriverWait waiting = Browser.waitFor(browser);

        Browser.signInWithToken(browser, port, student);
        Browser.open(browser, port, "/practice");
        browser.findElement(By.linkText("Build a new test")).click();
        waiting.until(page -> page.findElement(By.tagName("h1")).getText().equals("Build a test"));
        pickTheme(browser, theme, waiting);
        setCount(browser, "3");
        Browser.assertNoSidewaysScrolling(browser, "the builder");
        Browser.screenshot(browser, "practice-builder-phone");
        browser.findElement(By.cssSelector("#builder-form button[type=submit]")).click();

        // Tutor: keys choose, the feedback follows each answer, N moves on.
        waiting.until(page -> heading(page).equals("Question 1 of 3"));
        assertThat(browser.switchTo().activeElement().getAttribute("id")).as("focus on the question").isEqualTo("question");
        Browser.assertNoSidewaysScrolling(browser, "the player");
        browser.switchTo().activeElement().sendKeys("2");
        waiting.until(page -> feedback(page).contains("The answer is"));
        assertThat(browser.findElement(By.id("option-1")).isSelected()).isTrue();
        assertThat(browser.findElement(By.id("option-0")).isEnabled()).as("locked once answered").isFalse();
        Browser.screenshot(browser, "practice-tutor-feedback-phone");
        browser.switchTo().activeElement().sendKeys("n");
        waiting.until(page -> heading(page).equals("Question 2 of 3"));
        browser.switchTo().activeElement().sendKeys("a");
        waiting.until(page -> feedback(page).contains("The answer is"));
        browser.switchTo().activeElement().sendKeys("n");
        waiting.until(page -> heading(page).equals("Question 3 of 3"));
        browser.findElement(By.cssSelector("label[for=option-2]")).click();
        browser.findElement(By.id("save")).click();
        waiting.until(page -> feedback(page).contains("The answer is"));
        browser.findElement(By.id("finish")).click();
        waiting.until(page -> page.findElement(By.id("confirm-heading")).getText().equals("Submit the test?"));
        browser.findElement(By.id("confirm-submit")).click();
        waiting.until(page -> page.getCurrentUrl().contains("/results"));
        assertThat(browser.findElement(By.id("score")).getText()).endsWith("of 3");
        Browser.assertNoSidewaysScrolling(browser, "the results");
        browser.findElement(By.linkText("Review the answers")).click();
        waiting.until(page -> page.findElements(By.cssSelector(".review-question")).size() == 3);
        Browser.assertNoSidewaysScrolling(browser, "the review");

        // A timed exam: answers change freely, F flags, and the page ends itself when the server's time is up.
        Browser.open(browser, port, "/practice/new");
        browser.findElement(By.cssSelector("input[name=mode][value=EXAM]")).click();
        assertThat(browser.findElement(By.cssSelector("input[name=timed]")).isSelected()).isTrue();
        pickTheme(browser, theme, waiting);
        setCount(browser, "2");
        browser.findElement(By.cssSelector("#builder-form button[type=submit]")).click();
        waiting.until(page -> heading(page).equals("Question 1 of 2"));
        assertThat(browser.findElement(By.id("timer")).getText()).matches("[12]:[0-5][0-9]");
        browser.switchTo().activeElement().sendKeys("1");
        waiting.until(page -> current(page).contains("answered"));
        browser.switchTo().activeElement().sendKeys("3");
        waiting.until(page -> page.findElement(By.id("option-2")).isSelected() && current(page).contains("answered"));
        browser.switchTo().activeElement().sendKeys("f");
        waiting.until(page -> current(page).contains("flagged"));
        assertThat(feedback(browser)).as("no feedback during an exam").isEmpty();
        browser.switchTo().activeElement().sendKeys("n");
        waiting.until(page -> heading(page).equals("Question 2 of 2"));
        browser.switchTo().activeElement().sendKeys("p");
        waiting.until(page -> heading(page).equals("Question 1 of 2"));
        assertThat(browser.findElement(By.id("option-2")).isSelected()).as("the changed answer stands").isTrue();
        Browser.screenshot(browser, "practice-exam-phone");

        String session = browser.getCurrentUrl().replaceAll(".*/sessions/([0-9a-f-]{36}).*", "$1");
        jdbc.sql("UPDATE practice.practice_session SET deadline = now() + interval '3 seconds' WHERE id = :id")
                .param("id", UUID.fromString(session)).update();
        browser.navigate().refresh();
        // the countdown reloads the page at zero and the server, not the device, decides that time is up
        Browser.waitFor(browser, Duration.ofSeconds(20)).until(page -> page.getCurrentUrl().contains("/results"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Time ran out")
                .contains("of 2");
        browser.findElement(By.linkText("Review the answers")).click();
        waiting.until(page -> page.findElements(By.cssSelector(".review-question")).size() == 2);
        browser.findElement(By.linkText("Flagged")).click();
        waiting.until(page -> page.getCurrentUrl().endsWith("filter=flagged")
                && page.findElements(By.cssSelector(".review-question")).size() == 1);
        assertThat(browser.findElement(By.cssSelector(".review-question")).getText()).contains("Question 1")
                .contains("Your answer");
        Browser.assertNoSidewaysScrolling(browser, "the filtered review");
        Browser.assertNoConsoleProblems(browser);
    }

    private static void pickTheme(WebDriver browser, UUID theme, WebDriverWait waiting) {
        browser.findElement(By.cssSelector("input[name=nodes][value='" + theme + "']")).click();
        waiting.until(page -> page.findElement(By.cssSelector("input[name=nodes][value='" + theme + "']"))
                .isSelected() && page.findElement(By.id("available")).getText().contains("questions available"));
    }

    private static void setCount(WebDriver browser, String count) {
        var field = browser.findElement(By.id("count"));
        field.clear();
        field.sendKeys(count);
    }

    private static String heading(WebDriver browser) {
        return browser.findElement(By.id("question")).getText();
    }

    private static String feedback(WebDriver browser) {
        return browser.findElement(By.id("feedback")).getText();
    }

    private static String current(WebDriver browser) {
        return browser.findElement(By.cssSelector(".steps a[aria-current]")).getAttribute("class");
    }
}
