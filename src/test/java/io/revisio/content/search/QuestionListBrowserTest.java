package io.revisio.content.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.identity.Role;
import io.revisio.testing.Api;
import io.revisio.testing.Browser;
import io.revisio.testing.IntegrationTest;
import io.revisio.testing.SignedInUsers;
import io.revisio.testing.TestAccounts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** An editor on a phone types into the question search and sees the results change as they type. */
@IntegrationTest
class QuestionListBrowserTest {

    private static final String PASSWORD = "a long enough password 42";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedInUsers users;

    ChromeDriver browser;

    @BeforeEach
    void open() {
        browser = Browser.phone();
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void resultsFollowTheSearchBoxAsTheEditorTypes() throws Exception {
        SearchFixtures fixtures = new SearchFixtures(new Api(mvc), jdbc, users.as(Role.EDITOR).accessToken());
        String word = "pneumo" + SearchFixtures.word(7);
        fixtures.create(fixtures.question("A " + word + " with a murmur after exercise. Which valve?"));
        fixtures.create(fixtures.question("A " + SearchFixtures.word(10) + " with jaundice."));
        String email = "editor-" + UUID.randomUUID() + "@search.test";
        UUID account = TestAccounts.create(jdbc, email, PASSWORD);
        jdbc.sql("UPDATE identity.account SET role = 'EDITOR' WHERE id = :id").param("id", account).update();

        go("/admin/questions");
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("main button[type=submit]")).click();
        waiting().until(page -> page.getCurrentUrl().endsWith("/admin/questions"));

        browser.findElement(By.id("q")).sendKeys(word);
        waiting().until(page -> results().contains("murmur after exercise") && !results().contains("jaundice"));
        waiting().until(page -> page.getCurrentUrl().contains("q=" + word));
        assertThat(browser.findElement(By.cssSelector("#question-results mark")).getText()).isEqualTo(word);
        Number width = (Number) browser.executeScript("return document.documentElement.scrollWidth;");
        assertThat(width.intValue()).as("no sideways scrolling").isLessThanOrEqualTo(Browser.PHONE_WIDTH);
        screenshot("admin-questions-phone");

        // a misspelling, typed over the word, still finds it
        String typo = word.substring(0, 2) + word.charAt(3) + word.charAt(2) + word.substring(4);
        browser.findElement(By.id("q")).clear();
        browser.findElement(By.id("q")).sendKeys(typo);
        try {
            waiting().until(page -> page.getCurrentUrl().contains("q=" + typo));
            waiting().until(page -> results().contains("murmur after exercise"));
        } catch (RuntimeException e) {
            throw new AssertionError(word + " / " + typo + " at " + browser.getCurrentUrl() + ": " + results(), e);
        }

        List<String> problems = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage).toList();
        assertThat(problems).as("console errors, CSP violations included").isEmpty();
    }

    private String results() {
        return browser.findElement(By.id("question-results")).getText();
    }

    private WebDriverWait waiting() {
        return Browser.waitFor(browser, Duration.ofSeconds(10));
    }

    private void go(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private void screenshot(String name) throws Exception {
        Path file = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(file.getParent());
        Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
    }
}
