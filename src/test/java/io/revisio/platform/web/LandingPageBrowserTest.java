package io.revisio.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.platform.seed.DemoSeeder;
import io.revisio.testing.Browser;
import io.revisio.testing.IntegrationTest;
import io.revisio.testing.PhoneBrowser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The landing page in a real browser at phone size. */
@IntegrationTest
@ExtendWith(PhoneBrowser.class)
class LandingPageBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    DemoSeeder seeder;

    @Test
    void landingPageWorksOnAPhone(ChromeDriver browser) throws Exception {
        seeder.seed(line -> { });
        Browser.open(browser, port, "/");
        assertThat(browser.executeScript("return window.innerWidth;")).isEqualTo((long) Browser.PHONE_WIDTH);

        assertThat(browser.getTitle()).endsWith("· Revisio");
        assertThat(browser.findElement(By.tagName("h1")).isDisplayed()).isTrue();
        List<WebElement> navigation = browser.findElements(By.cssSelector(".site-nav a"));
        assertThat(navigation).hasSizeGreaterThanOrEqualTo(3).allSatisfy(link -> {
            assertThat(link.isDisplayed()).isTrue();
            assertThat(link.getSize().getHeight()).as("touch target height").isGreaterThanOrEqualTo(44);
        });
        Browser.assertNoSidewaysScrolling(browser, "the landing page");
        assertThat(browser.executeScript("return typeof window.htmx;")).isEqualTo("object");
        Browser.waitFor(browser).until(page ->
                page.findElement(By.id("syllabus")).getText().contains("Foundations of medicine"));
        assertThat(browser.findElement(By.id("syllabus")).getText())
                .as("htmx loaded the syllabus outline").contains("Cardiovascular system").contains("Cell biology");
        String background = (String) browser.executeScript(
                "return getComputedStyle(document.querySelector('.site-header')).backgroundColor;");
        assertThat(background).as("our stylesheet applied").isEqualTo("rgb(31, 95, 139)");

        Browser.assertNoConsoleProblems(browser);
        Browser.screenshot(browser, "landing-phone");
    }
}
