package io.revisio.content.media;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.identity.Role;
import io.revisio.testing.Browser;
import io.revisio.testing.IntegrationTest;
import io.revisio.testing.PhoneBrowser;
import io.revisio.testing.SignedInUsers;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An editor on a phone uploads an image from the media library page and sees it, ready to copy. */
@IntegrationTest
@ExtendWith(PhoneBrowser.class)
class MediaPagesBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    SignedInUsers users;

    @Test
    void anEditorUploadsAnImageAndSeesItInTheGrid(ChromeDriver browser, @TempDir Path folder) throws Exception {
        Browser.signInWithToken(browser, port, users.as(Role.EDITOR).accessToken());
        Browser.open(browser, port, "/admin/media");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Media library");

        byte[] png = ImageSamples.image("png", 120, 80);
        String sha256 = MediaFiles.sha256(png);
        Path file = folder.resolve("ecg.png");
        Files.write(file, png);
        browser.findElement(By.id("media-file")).sendKeys(file.toString());
        browser.findElement(By.cssSelector("form[enctype='multipart/form-data'] button[type=submit]")).click();
        Browser.waitFor(browser).until(page -> page.getCurrentUrl().contains("done=uploaded"));

        WebElement card = browser.findElement(By.id("media-" + sha256));
        assertThat(card.getAttribute("aria-current")).isEqualTo("true");
        Number loadedWidth = (Number) browser.executeScript("return arguments[0].naturalWidth;",
                card.findElement(By.tagName("img")));
        assertThat(loadedWidth.intValue()).as("the image is served to the page").isEqualTo(120);
        WebElement markdown = card.findElement(By.cssSelector("input.media-markdown"));
        assertThat(markdown.getAttribute("value")).isEqualTo("![describe the image](/media/" + sha256 + ")");

        // the Markdown field is reachable from the keyboard
        browser.findElement(By.cssSelector("form[enctype='multipart/form-data'] button")).sendKeys(Keys.TAB);
        for (int i = 0; i < 10 && !markdown.equals(browser.switchTo().activeElement()); i++) {
            browser.switchTo().activeElement().sendKeys(Keys.TAB);
        }
        assertThat(browser.switchTo().activeElement()).isEqualTo(markdown);

        Browser.assertNoSidewaysScrolling(browser, "the media library");
        Browser.screenshot(browser, "admin-media-phone");
        Browser.assertNoConsoleProblems(browser);
    }
}
