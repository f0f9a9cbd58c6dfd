package io.revisio.content.transfer;

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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** An editor on a phone uploads a CSV file, reads the dry run, commits, and watches the import finish. */
@IntegrationTest
class ImportPagesBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SignedInUsers users;

    @Autowired
    ImportWorker worker;

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
    void anEditorImportsAFileOnAPhone() throws Exception {
        String editor = users.as(Role.EDITOR).accessToken();
        TransferFixtures fixtures = new TransferFixtures(mvc, jdbc, worker);
        fixtures.syllabus(editor);
        String p = fixtures.prefix;
        Path file = Files.createTempFile("questions", ".csv");
        Files.writeString(file, "stem,option_a,option_b,correct,explanation,theme\n"
                + "Browser question " + p + ",Yes,No,A,Because.," + p + "T\n"
                + "Second browser question " + p + ",Yes,No,B,Because.," + p + "T\n"
                + "Broken " + p + ",Yes,No,,Because.," + p + "T\n");

        go("/");
        browser.manage().addCookie(new Cookie("revisio_access", editor));
        go("/admin/imports");
        waiting().until(page -> page.findElement(By.tagName("h1")).getText().equals("Import and export"));
        screenshot("import-empty-phone");
        assertNoSidewaysScrolling("the empty import page");

        browser.findElement(By.id("file")).sendKeys(file.toString());
        browser.findElement(By.id("upload")).click();
        waiting().until(page -> page.getCurrentUrl().matches(".*/admin/imports/[0-9a-f-]{36}$"));
        assertThat(main()).contains("Dry run: 2 new, 0 duplicates, 1 invalid").contains("oneCorrect");
        screenshot("import-report-phone");
        assertNoSidewaysScrolling("the report");

        browser.findElement(By.id("commit")).click();
        waiting().until(page -> main().contains("Import finished: 2 created, 0 duplicates, 1 failed."));
        assertNoSidewaysScrolling("the finished import");
        screenshot("import-done-phone");
        assertThat(jdbc.sql("SELECT count(*) FROM content.question_version WHERE stem ILIKE :stem")
                .param("stem", "%browser question " + p).query(Long.class).single()).isEqualTo(2);

        List<String> problems = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage).filter(message -> !message.contains("favicon")).toList();
        assertThat(problems).as("console errors, CSP violations included").isEmpty();
    }

    private String main() {
        return browser.findElement(By.tagName("main")).getText();
    }

    private void assertNoSidewaysScrolling(String where) {
        Number width = (Number) browser.executeScript("return document.documentElement.scrollWidth;");
        assertThat(width.intValue()).as("no sideways scrolling on " + where).isLessThanOrEqualTo(Browser.PHONE_WIDTH);
    }

    private WebDriverWait waiting() {
        return Browser.waitFor(browser, Duration.ofSeconds(20));
    }

    private void go(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private void screenshot(String name) throws Exception {
        Path shot = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
    }
}
