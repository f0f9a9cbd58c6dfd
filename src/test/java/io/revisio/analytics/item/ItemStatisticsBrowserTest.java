package io.revisio.analytics.item;

import static io.revisio.analytics.item.SyntheticSessions.Given.right;
import static io.revisio.analytics.item.SyntheticSessions.Given.wrong;
import static io.revisio.analytics.item.SyntheticSessions.session;
import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.analytics.item.SyntheticSessions.Given;
import io.revisio.analytics.item.SyntheticSessions.Item;
import io.revisio.identity.Role;
import io.revisio.identity.account.AccountRepository;
import io.revisio.identity.session.SessionTokens;
import io.revisio.practice.PracticeFixtures;
import io.revisio.testing.Browser;
import io.revisio.testing.IntegrationTest;
import io.revisio.testing.PhoneBrowser;
import io.revisio.testing.SignedInUsers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A reviewer on a phone filters the item statistics to flagged questions and opens one: no sideways scrolling. */
@IntegrationTest
@ExtendWith(PhoneBrowser.class)
class ItemStatisticsBrowserTest {

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
    ItemStatistics statistics;

    @Test
    void aReviewerFindsAFlaggedQuestionAndReadsItsOptionShares(ChromeDriver browser) throws Exception {
        PracticeFixtures fixtures = new PracticeFixtures(mvc, jdbc, users, accounts, sessions);
        UUID theme = fixtures.node(fixtures.node(fixtures.node(null, "year"), "block"), "theme");
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            UUID question = fixtures.publish(theme, List.of(), 3, 4, 0);
            fixtures.awaitPool(List.of(question));
            items.add(new Item(question, jdbc.sql("SELECT version_id FROM practice.question_pool WHERE question_id = :q")
                    .param("q", question).query(UUID.class).single(), theme, 0));
        }
        Item broken = items.get(0);
        Instant at = Instant.parse("2026-06-03T09:00:00Z");
        for (int i = 0; i < 40; i++) {
            boolean strong = i < 25;
            List<Given> given = new ArrayList<>(List.of(strong ? wrong(broken, 42_000) : right(broken, 42_000)));
            items.subList(1, 4).forEach(filler -> given.add(strong ? right(filler, 9000) : wrong(filler, 9000)));
            statistics.record(session(at.plusSeconds(i), given.toArray(Given[]::new)));
        }

        Browser.signInWithToken(browser, port, users.as(Role.REVIEWER).accessToken());
        Browser.open(browser, port, "/admin/item-statistics");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Item statistics");
        assertThat(browser.findElements(By.cssSelector("table.item-statistics tbody tr"))).hasSize(4);
        Browser.assertNoSidewaysScrolling(browser, "the item statistics list");

        browser.findElement(By.cssSelector("input[name=flagged]")).click();
        browser.findElement(By.cssSelector("form.item-filters button[type=submit]")).click();
        Browser.waitFor(browser).until(page -> page.getCurrentUrl().contains("flagged=true"));
        List<WebElement> rows = browser.findElements(By.cssSelector("table.item-statistics tbody tr"));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getText()).contains("negative discrimination");
        Browser.screenshot(browser, "admin-item-statistics-phone");

        rows.get(0).findElement(By.cssSelector("a")).click();
        Browser.waitFor(browser).until(page -> page.getCurrentUrl().endsWith(broken.questionId().toString()));
        List<WebElement> meters = browser.findElements(By.cssSelector(".option-shares meter"));
        assertThat(meters).hasSize(4);
        assertThat(meters.get(1).getAttribute("aria-label")).isEqualTo("Option B chosen by 63% in version 1");
        Browser.assertNoSidewaysScrolling(browser, "one question's item statistics");
        browser.executeScript("arguments[0].scrollIntoView();", meters.get(0));
        Browser.screenshot(browser, "admin-item-statistic-phone");
        Browser.assertNoConsoleProblems(browser);
    }
}
