package io.revisio.content.question;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.identity.Role;
import io.revisio.testing.Browser;
import io.revisio.testing.IntegrationTest;
import io.revisio.testing.SignedInUsers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/** A reviewer on a phone opens a question's history, sees the latest change marked, and compares two others. */
@IntegrationTest
class QuestionHistoryBrowserTest {

    @LocalServerPort
    int port;

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
    void aReviewerReadsTheDiffOnAPhone() throws Exception {
        String reviewer = users.as(Role.REVIEWER).accessToken();
        QuestionHistoryFixtures fixtures = new QuestionHistoryFixtures(mvc, users.as(Role.EDITOR).accessToken(),
                reviewer);
        String id = fixtures.questionWithThreeVersions(fixtures.theme());

        go("/");
        browser.manage().addCookie(new Cookie("revisio_access", reviewer, "/"));
        go("/admin/questions/" + id + "/history");
        Browser.waitFor(browser, Duration.ofSeconds(10))
                .until(page -> page.findElement(By.tagName("h1")).getText().equals("Question history"));
        assertThat(browser.findElement(By.cssSelector(".diff-summary")).getText())
                .contains("Version 2 to version 3: 3 fields changed.");
        assertThat(browser.findElements(By.cssSelector(".diff ins"))).extracting(element -> element.getText())
                .anySatisfy(text -> assertThat(text).contains("Tricuspid"));
        assertNoSidewaysScrolling();
        screenshot("question-history-phone");

        new Select(browser.findElement(By.id("from"))).selectByValue("1");
        browser.findElement(By.id("all")).click();
        browser.findElement(By.cssSelector("form.compare button[type=submit]")).click();
        Browser.waitFor(browser, Duration.ofSeconds(10))
                .until(page -> page.getCurrentUrl().contains("from=1") && page.findElement(
                        By.cssSelector(".diff-summary")).getText().contains("Version 1 to version 3"));
        assertThat(browser.findElement(By.cssSelector(".diff")).getText()).contains("Stem").contains("Tags")
                .contains("unchanged");
        assertNoSidewaysScrolling();
        screenshot("question-history-all-phone");

        List<String> problems = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage).toList();
        assertThat(problems).as("console errors, CSP violations included").isEmpty();
    }

    private void assertNoSidewaysScrolling() {
        Number width = (Number) browser.executeScript("return document.documentElement.scrollWidth;");
        assertThat(width.intValue()).as("no sideways scrolling").isLessThanOrEqualTo(Browser.PHONE_WIDTH);
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
