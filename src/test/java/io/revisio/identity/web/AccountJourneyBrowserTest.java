package io.revisio.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.testing.Browser;
import io.revisio.testing.Inbox;
import io.revisio.testing.IntegrationTest;
import io.revisio.testing.PhoneBrowser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A new student on a phone: register, confirm the address from the e-mail, sign in, rename, sign out. */
@IntegrationTest
@ExtendWith(PhoneBrowser.class)
class AccountJourneyBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void registerConfirmSignInAndManageTheAccount(ChromeDriver browser) {
        WebDriverWait waiting = Browser.waitFor(browser);
        Browser.open(browser, port, "/");
        browser.findElement(By.linkText("Register")).click();
        browser.findElement(By.id("displayName")).sendKeys("Uma");
        browser.findElement(By.id("email")).sendKeys("uma@example.org");
        browser.findElement(By.id("password")).sendKeys("uma's long practice passphrase");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        heading(browser, "Check your inbox");

        String link = new Inbox(jdbc).latest("uma@example.org").orElseThrow().body().lines()
                .filter(line -> line.contains("/verify-email?token=")).findFirst().orElseThrow().trim();
        browser.get(link.replace("http://localhost:8080", "http://localhost:" + port));
        browser.findElement(By.cssSelector("main button[type=submit]")).click();
        heading(browser, "Address confirmed");

        Browser.signInThroughLoginForm(browser, port, "/account", "uma@example.org",
                "uma's long practice passphrase");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("uma@example.org").contains("this device");

        Cookie access = browser.manage().getCookieNamed("revisio_access");
        assertThat(access.isHttpOnly()).isTrue();
        assertThat(access.isSecure()).isTrue();
        assertThat(access.getSameSite()).isEqualTo("Lax");
        assertThat(browser.executeScript("return document.cookie;")).asString().doesNotContain("revisio_");

        var name = browser.findElement(By.id("displayName"));
        name.clear();
        name.sendKeys("Uma B.");
        browser.findElement(By.cssSelector("form[action='/account/profile'] button")).click();
        waiting.until(page -> page.getCurrentUrl().endsWith("done=profile"));
        assertThat(browser.findElement(By.cssSelector(".notice.ok")).getText()).isEqualTo("Your name is saved.");
        Browser.assertNoSidewaysScrolling(browser, "the account page");

        // An htmx request without the form's hidden CSRF field: only the header our script adds can pass.
        waiting.until(page -> Boolean.TRUE.equals(browser.executeScript(
                "return document.readyState === 'complete' && typeof htmx !== 'undefined';")));
        browser.executeScript("""
                var form = document.querySelector("form[action='/account/profile']");
                form.querySelector("input[name='_csrf']").remove();
                form.querySelector("#displayName").value = "Uma H.";
                htmx.ajax("POST", "/account/profile", {source: form, swap: "none"});
                """);
        waiting.until(page -> "Uma H.".equals(jdbc.sql(
                "SELECT display_name FROM identity.account WHERE email_key = 'uma@example.org'").query(String.class).single()));

        browser.findElement(By.cssSelector(".site-nav button")).click();
        waiting.until(page ->
                page.findElement(By.cssSelector(".site-nav")).getText().contains("Sign in"));
        Browser.open(browser, port, "/account");
        assertThat(browser.getCurrentUrl()).contains("/login");
    }

    private static void heading(WebDriver browser, String text) {
        Browser.waitFor(browser).until(page -> page.findElement(By.tagName("h1")).getText().equals(text));
    }
}
