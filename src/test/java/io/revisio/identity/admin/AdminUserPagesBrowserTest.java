package io.revisio.identity.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.testing.Browser;
import io.revisio.testing.IntegrationTest;
import io.revisio.testing.PhoneBrowser;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An admin on a phone finds a user as they type, opens them and disables the account. */
@IntegrationTest
@ExtendWith(PhoneBrowser.class)
class AdminUserPagesBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdminFindsAUserAndDisablesThem(ChromeDriver browser) throws Exception {
        UserFixtures fixtures = new UserFixtures(jdbc, null);
        Instant now = Instant.now();
        fixtures.account("root@phone-admin.test", "Root", "ADMIN", true, false, now.minusSeconds(30));
        fixtures.account("alan.turing.with.a.long.address@phone-admin.test", "Alan", "STUDENT", true, false,
                now.minusSeconds(20));
        fixtures.account("grace@phone-admin.test", "Grace Hopper", "STUDENT", true, false, now.minusSeconds(10));

        WebDriverWait waiting = Browser.waitFor(browser);
        Browser.signInThroughLoginForm(browser, port, "/admin/users", "root@phone-admin.test",
                UserFixtures.PASSWORD);
        assertThat(browser.findElement(By.cssSelector(".site-nav")).getText()).contains("Admin");
        assertThat(results(browser)).contains("grace@phone-admin.test").contains("alan.turing");
        Browser.assertNoSidewaysScrolling(browser, "the user list");

        // htmx replaces the results as the admin types, and keeps the address in step
        browser.findElement(By.id("q")).sendKeys("grace");
        waiting.until(page -> !results(page).contains("alan.turing")
                && results(page).contains("grace@phone-admin.test"));
        waiting.until(page -> page.getCurrentUrl().contains("q=grace"));
        Browser.screenshot(browser, "admin-users-phone");

        browser.findElement(By.linkText("Grace Hopper")).click();
        waiting.until(page -> page.findElement(By.tagName("h1")).getText().equals("Grace Hopper"));
        Browser.assertNoSidewaysScrolling(browser, "the user page");

        browser.findElement(By.cssSelector("form[action$='/disable'] button")).click();
        waiting.until(page -> page.getCurrentUrl().endsWith("?done=disabled"));
        assertThat(browser.findElement(By.cssSelector(".notice.ok")).getText())
                .isEqualTo("The account is disabled and signed out everywhere.");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Enable account");
        Browser.assertNoSidewaysScrolling(browser, "the confirmation");
        Browser.screenshot(browser, "admin-user-phone");
        assertThat(jdbc.sql("SELECT disabled_at IS NOT NULL FROM identity.account WHERE email_key = :email")
                .param("email", "grace@phone-admin.test").query(Boolean.class).single()).isTrue();

        browser.findElement(By.linkText("Audit log of this account")).click();
        waiting.until(page -> page.findElement(By.tagName("main")).getText().contains("account.disabled"));
        Browser.assertNoSidewaysScrolling(browser, "the audit log");
        browser.executeScript("document.querySelector('.records').scrollIntoView();");
        Browser.screenshot(browser, "admin-audit-phone");

        Browser.assertNoConsoleProblems(browser);
    }

    private static String results(WebDriver browser) {
        return browser.findElement(By.id("user-results")).getText();
    }
}
