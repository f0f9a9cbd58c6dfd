package io.revisio.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium for page tests. Uses the system's Chromium and ChromeDriver (never downloads one).
 * Where they are missing, browser tests are skipped, unless {@code REVISIO_REQUIRE_BROWSER=true}
 * (as in CI), where that is a failure.
 */
public final class Browser {

    public static final int PHONE_WIDTH = 390;
    public static final int PHONE_HEIGHT = 844;

    private Browser() {
    }

    public static ChromeDriver phone() {
        return start(PHONE_WIDTH, PHONE_HEIGHT);
    }

    public static ChromeDriver start(int width, int height) {
        File chromium = new File(env("REVISIO_CHROMIUM", "/usr/bin/chromium"));
        File driver = new File(env("REVISIO_CHROMEDRIVER", "/usr/bin/chromedriver"));
        boolean present = chromium.canExecute() && driver.canExecute();
        if (!present && Boolean.parseBoolean(env("REVISIO_REQUIRE_BROWSER", "false"))) {
            throw new IllegalStateException("Chromium or ChromeDriver missing at " + chromium + " / " + driver);
        }
        Assumptions.assumeTrue(present, "Chromium and ChromeDriver are not installed; browser test skipped");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + tempDirectory());
        // Headless windows have a minimum width; device emulation gives the page a true phone viewport.
        options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                Map.of("width", width, "height", height, "pixelRatio", 2.0, "touch", true)));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        options.setExperimentalOption("prefs", Map.of("credentials_enable_service", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /**
     * A wait that survives page loads and htmx swaps: while a page is replaced, reading it can fail with
     * stale or missing elements and other transient driver errors, which only mean "not yet".
     */
    public static WebDriverWait waitFor(WebDriver browser, Duration timeout) {
        WebDriverWait wait = new WebDriverWait(browser, timeout);
        wait.ignoring(WebDriverException.class);
        return wait;
    }

    /** {@link #waitFor(WebDriver, Duration)} for the ten seconds most pages need. */
    public static WebDriverWait waitFor(WebDriver browser) {
        return waitFor(browser, Duration.ofSeconds(10));
    }

    /** Opens a path (with its query, if any) on the test server listening on {@code port}. */
    public static void open(WebDriver browser, int port, String path) {
        browser.get("http://localhost:" + port + path);
    }

    /** Signs the browser in with an access token, set as the sign-in cookie on the test server's site. */
    public static void signInWithToken(WebDriver browser, int port, String accessToken) {
        open(browser, port, "/");
        browser.manage().addCookie(new Cookie("revisio_access", accessToken));
    }

    /**
     * Opens a page that needs a sign-in, checks that it leads to the login form, signs in there and waits to be
     * back on the page.
     */
    public static void signInThroughLoginForm(WebDriver browser, int port, String path, String email,
            String password) {
        open(browser, port, path);
        assertThat(browser.getCurrentUrl()).contains("/login?next=");
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("main button[type=submit]")).click();
        waitFor(browser).until(page -> page.getCurrentUrl().endsWith(path));
    }

    /** Asserts the page is no wider than a phone, so it never scrolls sideways; {@code where} names the page. */
    public static void assertNoSidewaysScrolling(WebDriver browser, String where) {
        Number width = (Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth;");
        assertThat(width.intValue()).as("no sideways scrolling on " + where).isLessThanOrEqualTo(PHONE_WIDTH);
    }

    /**
     * Asserts the browser's console logged nothing (errors and CSP violations included) since it was last read,
     * apart from messages containing one of {@code ignored}.
     */
    public static void assertNoConsoleProblems(WebDriver browser, String... ignored) {
        List<String> problems = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> Arrays.stream(ignored).noneMatch(message::contains))
                .toList();
        assertThat(problems).as("console errors, CSP violations included").isEmpty();
    }

    /** Saves what the browser shows as target/screenshots/{@code name}.png, for people to look at. */
    public static void screenshot(WebDriver browser, String name) throws IOException {
        Path file = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(file.getParent());
        Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private static String tempDirectory() {
        try {
            return Files.createTempDirectory("revisio-chromium").toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
