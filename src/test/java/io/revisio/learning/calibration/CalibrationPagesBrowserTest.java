package io.revisio.learning.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.identity.Role;
import io.revisio.testing.Browser;
import io.revisio.testing.IntegrationTest;
import io.revisio.testing.PhoneBrowser;
import io.revisio.testing.SignedInUsers;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An admin on a phone starts a calibration from the form and reads a finished run's flagged questions. */
@IntegrationTest
@ExtendWith(PhoneBrowser.class)
class CalibrationPagesBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SignedInUsers users;

    @Test
    void anAdminStartsACalibrationAndReadsARunOnAPhone(ChromeDriver browser) throws Exception {
        jdbc.sql("DELETE FROM learning.irt_calibration").update();
        UUID finished = UUID.randomUUID();
        Timestamp at = Timestamp.from(Instant.parse("2026-11-20T03:00:00Z"));
        jdbc.sql("""
                INSERT INTO learning.irt_calibration (id, requested_at, started_at, finished_at, state, starts,
                    min_item_answers, min_student_answers, max_responses, items, students, responses, flagged_items,
                    em_iterations, converged, log_likelihood)
                VALUES (:id, :at, :at, :at, 'SUCCEEDED', 1, 30, 5, 500000, 1, 400, 400, 1, 57, true, -250.5)
                """).param("id", finished).param("at", at).update();
        jdbc.sql("""
                INSERT INTO learning.irt_calibration_item (calibration_id, question_id, discrimination, difficulty,
                    discrimination_se, difficulty_se, infit, outfit, q1, q1_df, q1_p, answers, share_correct, misfit)
                VALUES (:run, :q, 0.05, 1.2, 0.3, 2.5, 1.45, 1.62, 140.2, 8, 0.0000001, 400, 0.41, true)
                """).param("run", finished).param("q", UUID.randomUUID()).update();

        WebDriverWait waiting = Browser.waitFor(browser);
        Browser.signInWithToken(browser, port, users.as(Role.ADMIN).accessToken());
        Browser.open(browser, port, "/admin/irt");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("IRT calibration");
        Browser.assertNoSidewaysScrolling(browser, "the calibration list");

        browser.findElement(By.cssSelector("form[action='/admin/irt/calibrations'] button")).click();
        waiting.until(page -> page.getCurrentUrl().contains("/admin/irt/calibrations/"));
        assertThat(browser.findElement(By.tagName("main")).getText()).containsAnyOf("queued", "running", "failed");
        Browser.assertNoSidewaysScrolling(browser, "a new run");

        Browser.open(browser, port, "/admin/irt/calibrations/" + finished);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("1 questions flagged for misfit")
                .contains("misfit: infit above 1.3; outfit above 1.3; Q1 p below 0.01");
        Browser.assertNoSidewaysScrolling(browser, "a finished run");
        Browser.screenshot(browser, "irt-calibration-phone");
        Browser.assertNoConsoleProblems(browser);
    }
}
