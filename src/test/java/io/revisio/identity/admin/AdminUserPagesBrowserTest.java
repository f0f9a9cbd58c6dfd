package io.revisio.identity.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.testing.Browser;
import io.revisio.testing.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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

/** An admin on a phone finds a user as they type, opens them and disables the account. */
@IntegrationTest
class AdminUserPagesBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

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
    void anAdminFindsAUserAndDisablesThem() throws Exception {
        UserFixtures fixtures = new UserFixtures(jdbc, null);
        Instant now = Instant.now();
        fixtures.account("root@phone-admin.test", "Root", "ADMIN", true, false, now.minusSeconds(30));
        fixtures.account("alan.turing.with.a.long.address@phone-admin.test", "Alan", "STUDENT", true, false,
                now.minusSeconds(20));
        fixtures.account("grace@phone-admin.test", "Grace Hopper", "STUDENT", true, false, now.minusSeconds(10));

        go("/admin/users");
        assertThat(browser.getCurrentUrl()).contains("/login?next=");
        browser.findElement(By.id("email")).sendKeys("root@phone-admin.test");
        browser.findElement(By.id("password")).sendKeys(UserFixtures.PASSWORD);
        browser.findElement(By.cssSelector("main button[type=submit]")).click();
        waiting().until(page -> page.getCurrentUrl().endsWith("/admin/users"));
        assertThat(browser.findElement(By.cssSelector(".site-nav")).getText()).contains("Admin");
        assertThat(results()).contains("grace@phone-admin.test").contains("alan.turing");
        assertNoSidewaysScrolling("the user list");

        // htmx replaces the results as the admin types, and keeps the address in step
        browser.findElement(By.id("q")).sendKeys("grace");
        waiting().until(page -> !results().contains("alan.turing") && results().contains("grace@phone-admin.test"));
        waiting().until(page -> page.getCurrentUrl().contains("q=grace"));
        screenshot("admin-users-phone");

        browser.findElement(By.linkText("Grace Hopper")).click();
        waiting().until(page -> page.findElement(By.tagName("h1")).getText().equals("Grace Hopper"));
        assertNoSidewaysScrolling("the user page");

        browser.findElement(By.cssSelector("form[action$='/disable'] button")).click();
        waiting().until(page -> page.getCurrentUrl().endsWith("?done=disabled"));
        assertThat(browser.findElement(By.cssSelector(".notice.ok")).getText())
                .isEqualTo("The account is disabled and signed out everywhere.");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Enable account");
        assertNoSidewaysScrolling("the confirmation");
        screenshot("admin-user-phone");
        assertThat(jdbc.sql("SELECT disabled_at IS NOT NULL FROM identity.account WHERE email_key = :email")
                .param("email", "grace@phone-admin.test").query(Boolean.class).single()).isTrue();

        browser.findElement(By.linkText("Audit log of this account")).click();
        waiting().until(page -> page.findElement(By.tagName("main")).getText().contains("account.disabled"));
        assertNoSidewaysScrolling("the audit log");
        browser.executeScript("document.querySelector('.records').scrollIntoView();");
        screenshot("admin-audit-phone");

        List<String> problems = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage).toList();
        assertThat(problems).as("console errors, CSP violations included").isEmpty();
    }

    private String results() {
        return browser.findElement(By.id("user-results")).getText();
    }

    private void assertNoSidewaysScrolling(String where) {
        Number width = (Number) browser.executeScript("return document.documentElement.scrollWidth;");
        assertThat(width.intValue()).as("no sideways scrolling on " + where).isLessThanOrEqualTo(Browser.PHONE_WIDTH);
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
