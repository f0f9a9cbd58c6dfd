package io.revisio.content.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.identity.Role;
import io.revisio.testing.Browser;
import io.revisio.testing.IntegrationTest;
import io.revisio.testing.PhoneBrowser;
import io.revisio.testing.SignedInUsers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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

/** An editor on a phone uploads a CSV file, reads the dry run, commits, and watches the import finish. */
@IntegrationTest
@ExtendWith(PhoneBrowser.class)
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

    @Test
    void anEditorImportsAFileOnAPhone(ChromeDriver browser) throws Exception {
        String editor = users.as(Role.EDITOR).accessToken();
        TransferFixtures fixtures = new TransferFixtures(mvc, jdbc, worker);
        fixtures.syllabus(editor);
        String p = fixtures.prefix;
        Path file = Files.createTempFile("questions", ".csv");
        Files.writeString(file, "stem,option_a,option_b,correct,explanation,theme\n"
                + "Browser question " + p + ",Yes,No,A,Because.," + p + "T\n"
                + "Second browser question " + p + ",Yes,No,B,Because.," + p + "T\n"
                + "Broken " + p + ",Yes,No,,Because.," + p + "T\n");

        WebDriverWait waiting = Browser.waitFor(browser, Duration.ofSeconds(20));
        Browser.signInWithToken(browser, port, editor);
        Browser.open(browser, port, "/admin/imports");
        waiting.until(page -> page.findElement(By.tagName("h1")).getText().equals("Import and export"));
        Browser.screenshot(browser, "import-empty-phone");
        Browser.assertNoSidewaysScrolling(browser, "the empty import page");

        browser.findElement(By.id("file")).sendKeys(file.toString());
        browser.findElement(By.id("upload")).click();
        waiting.until(page -> page.getCurrentUrl().matches(".*/admin/imports/[0-9a-f-]{36}$"));
        assertThat(main(browser)).contains("Dry run: 2 new, 0 duplicates, 1 invalid").contains("oneCorrect");
        Browser.screenshot(browser, "import-report-phone");
        Browser.assertNoSidewaysScrolling(browser, "the report");

        browser.findElement(By.id("commit")).click();
        waiting.until(page -> main(page).contains("Import finished: 2 created, 0 duplicates, 1 failed."));
        Browser.assertNoSidewaysScrolling(browser, "the finished import");
        Browser.screenshot(browser, "import-done-phone");
        assertThat(jdbc.sql("SELECT count(*) FROM content.question_version WHERE stem ILIKE :stem")
                .param("stem", "%browser question " + p).query(Long.class).single()).isEqualTo(2);

        Browser.assertNoConsoleProblems(browser, "favicon");
    }

    private static String main(WebDriver browser) {
        return browser.findElement(By.tagName("main")).getText();
    }
}
