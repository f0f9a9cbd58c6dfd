package io.revisio.content.question;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.identity.Role;
import io.revisio.testing.Browser;
import io.revisio.testing.IntegrationTest;
import io.revisio.testing.PhoneBrowser;
import io.revisio.testing.SignedInUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/** A reviewer on a phone opens a question's history, sees the latest change marked, and compares two others. */
@IntegrationTest
@ExtendWith(PhoneBrowser.class)
class QuestionHistoryBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedInUsers users;

    @Test
    void aReviewerReadsTheDiffOnAPhone(ChromeDriver browser) throws Exception {
        String reviewer = users.as(Role.REVIEWER).accessToken();
        QuestionHistoryFixtures fixtures = new QuestionHistoryFixtures(mvc, users.as(Role.EDITOR).accessToken(),
                reviewer);
        String id = fixtures.questionWithThreeVersions(fixtures.theme());

        Browser.signInWithToken(browser, port, reviewer);
        Browser.open(browser, port, "/admin/questions/" + id + "/history");
        Browser.waitFor(browser)
                .until(page -> page.findElement(By.tagName("h1")).getText().equals("Question history"));
        assertThat(browser.findElement(By.cssSelector(".diff-summary")).getText())
                .contains("Version 2 to version 3: 3 fields changed.");
        assertThat(browser.findElements(By.cssSelector(".diff ins"))).extracting(element -> element.getText())
                .anySatisfy(text -> assertThat(text).contains("Tricuspid"));
        Browser.assertNoSidewaysScrolling(browser, "the latest change");
        Browser.screenshot(browser, "question-history-phone");

        new Select(browser.findElement(By.id("from"))).selectByValue("1");
        browser.findElement(By.id("all")).click();
        browser.findElement(By.cssSelector("form.compare button[type=submit]")).click();
        Browser.waitFor(browser)
                .until(page -> page.getCurrentUrl().contains("from=1") && page.findElement(
                        By.cssSelector(".diff-summary")).getText().contains("Version 1 to version 3"));
        assertThat(browser.findElement(By.cssSelector(".diff")).getText()).contains("Stem").contains("Tags")
                .contains("unchanged");
        Browser.assertNoSidewaysScrolling(browser, "the comparison with every field");
        Browser.screenshot(browser, "question-history-all-phone");

        Browser.assertNoConsoleProblems(browser);
    }
}
