package io.revisio.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.platform.seed.DemoSeeder;
import io.revisio.testing.Browser;
import io.revisio.testing.IntegrationTest;
import java.nio.file.Files;
import java.time.Duration;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The landing page in a real browser at phone size. */
@IntegrationTest
class LandingPageBrowserTest {

    @LocalServerPort
    int port;

    ChromeDriver browser;

    @BeforeEach
    void openPhone() {
        browser = Browser.phone();
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Autowired
    DemoSeeder seeder;

    @Test
    void landingPageWorksOnAPhone() throws Exception {
        seeder.seed(line -> { });
        browser.get("http://localhost:" + port + "/");
        assertThat(browser.executeScript("return window.innerWidth;")).isEqualTo(390L);

        assertThat(browser.getTitle()).endsWith("· Revisio");
        assertThat(browser.findElement(By.tagName("h1")).isDisplayed()).isTrue();
        List<WebElement> navigation = browser.findElements(By.cssSelector(".site-nav a"));
        assertThat(navigation).hasSizeGreaterThanOrEqualTo(3).allSatisfy(link -> {
            assertThat(link.isDisplayed()).isTrue();
            assertThat(link.getSize().getHeight()).as("touch target height").isGreaterThanOrEqualTo(44);
        });
        Number pageWidth = (Number) browser.executeScript("return document.documentElement.scrollWidth;");
        Number viewport = (Number) browser.executeScript("return window.innerWidth;");
        assertThat(pageWidth.intValue()).as("no sideways scrolling").isLessThanOrEqualTo(viewport.intValue());
        assertThat(browser.executeScript("return typeof window.htmx;")).isEqualTo("object");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(page ->
                page.findElement(By.id("syllabus")).getText().contains("Foundations of medicine"));
        assertThat(browser.findElement(By.id("syllabus")).getText())
                .as("htmx loaded the syllabus outline").contains("Cardiovascular system").contains("Cell biology");
        String background = (String) browser.executeScript(
                "return getComputedStyle(document.querySelector('.site-header')).backgroundColor;");
        assertThat(background).as("our stylesheet applied").isEqualTo("rgb(31, 95, 139)");

        List<String> problems = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage).toList();
        assertThat(problems).as("console errors, CSP violations included").isEmpty();

        Path screenshot = Path.of("target", "screenshots", "landing-phone.png");
        Files.createDirectories(screenshot.getParent());
        Files.write(screenshot, browser.getScreenshotAs(OutputType.BYTES));
    }
}
