package io.revisio.content.question;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.testing.Browser;
import io.revisio.testing.IntegrationTest;
import io.revisio.testing.PhoneBrowser;
import io.revisio.testing.TestAccounts;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An editor on a phone writes a question, watches the student preview follow, saves it and submits it. */
@IntegrationTest
@ExtendWith(PhoneBrowser.class)
class QuestionEditorBrowserTest {

    private static final String PASSWORD = "a long and proper passphrase for the editor";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anEditorWritesPreviewsSavesAndSubmitsAQuestion(ChromeDriver browser) throws Exception {
        String email = "writer@phone-editor.test";
        UUID editor = TestAccounts.create(jdbc, email, PASSWORD);
        jdbc.sql("UPDATE identity.account SET role = 'EDITOR' WHERE id = :id").param("id", editor).update();
        UUID theme = syllabus();

        WebDriverWait waiting = Browser.waitFor(browser);
        Browser.signInThroughLoginForm(browser, port, "/admin/questions/new", email, PASSWORD);
        Browser.assertNoSidewaysScrolling(browser, "the empty editor");

        browser.findElement(By.id("stem")).sendKeys("Which valve is *narrowed* in this murmur?");
        waiting.until(page -> preview(page).contains("narrowed") && previewHtml(page).contains("<em>narrowed</em>"));
        browser.findElement(By.id("option-0")).sendKeys("Aortic");
        browser.findElement(By.id("option-1")).sendKeys("Mitral");
        browser.findElement(By.cssSelector("input[name=correct][value='1']")).click();
        browser.findElement(By.id("add-option")).click();
        assertThat(browser.findElements(By.cssSelector(".option-row"))).hasSize(5);
        assertThat(browser.switchTo().activeElement().getAttribute("id")).as("focus moves to the new option")
                .isEqualTo("option-4");
        browser.switchTo().activeElement().sendKeys("Pulmonary");
        browser.findElement(By.id("explanation")).sendKeys("A mid-diastolic rumble means mitral stenosis.");
        new Select(browser.findElement(By.id("themeId"))).selectByValue(theme.toString());
        waiting.until(page -> preview(page).contains("Pulmonary") && preview(page).contains("The answer is B")
                && preview(page).contains("mitral stenosis"));
        Browser.assertNoSidewaysScrolling(browser, "the filled editor");
        Browser.screenshot(browser, "question-editor-phone");

        browser.findElement(By.cssSelector("#question-form button[type=submit]")).click();
        waiting.until(page -> page.getCurrentUrl().contains("?done=created"));
        assertThat(browser.findElement(By.cssSelector(".notice.ok")).getText())
                .isEqualTo("The question is saved as a draft.");
        assertThat(preview(browser)).contains("Pulmonary").contains("narrowed");

        browser.findElement(By.cssSelector("button[data-action=submit]")).click();
        waiting.until(page -> page.getCurrentUrl().contains("?done=submit"));
        assertThat(browser.findElement(By.cssSelector(".question-status")).getText()).contains("in review");
        Browser.assertNoSidewaysScrolling(browser, "the submitted question");
        assertThat(jdbc.sql("SELECT v.state FROM content.question_version v JOIN content.question q"
                        + " ON q.working_version_id = v.id WHERE q.created_by = :editor")
                .param("editor", editor).query(String.class).single()).isEqualTo("IN_REVIEW");

        Browser.open(browser, port, "/admin/reviews");
        waiting.until(page -> page.findElement(By.tagName("main")).getText()
                .contains("You wrote this — someone else must review"));
        Browser.assertNoSidewaysScrolling(browser, "the review queue");
        Browser.open(browser, port, "/admin/syllabus");
        waiting.until(page -> page.findElement(By.tagName("h1")).getText().equals("Syllabus"));
        Browser.assertNoSidewaysScrolling(browser, "the syllabus manager");
        Browser.screenshot(browser, "syllabus-manager-phone");

        Browser.assertNoConsoleProblems(browser);
    }

    /** A year, block and theme of this test's own; returns the theme. */
    private UUID syllabus() {
        String prefix = "BR" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        UUID year = insert(null, "YEAR", prefix + "-Y", 0);
        UUID block = insert(year, "BLOCK", prefix + "-B", 0);
        return insert(block, "THEME", prefix + "-T", 0);
    }

    private UUID insert(UUID parent, String level, String code, int position) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO content.syllabus_node (id, parent_id, level, code, name, position, enabled)
                        VALUES (:id, :parent, :level, :code, :name,
                                (SELECT count(*) FROM content.syllabus_node WHERE parent_id IS NOT DISTINCT FROM :parent),
                                true)
                        """)
                .param("id", id).param("parent", parent).param("level", level).param("code", code)
                .param("name", "Browser " + level.toLowerCase()).update();
        return id;
    }

    private static String preview(WebDriver browser) {
        return browser.findElement(By.id("preview")).getText();
    }

    private static String previewHtml(WebDriver browser) {
        return browser.findElement(By.id("preview")).getAttribute("innerHTML");
    }
}
