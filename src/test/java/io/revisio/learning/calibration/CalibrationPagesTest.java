package io.revisio.learning.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.revisio.identity.Role;
import io.revisio.testing.Api;
import io.revisio.testing.IntegrationTest;
import io.revisio.testing.RealCsrf;
import io.revisio.testing.SignedInUsers;
import jakarta.servlet.http.Cookie;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The admins' calibration pages: the list with its start form, starting a run, and one run's flagged questions. */
@IntegrationTest
class CalibrationPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SignedInUsers users;

    Api api;
    String admin;

    @BeforeEach
    void clean() {
        api = new Api(mvc);
        admin = users.as(Role.ADMIN).accessToken();
        jdbc.sql("DELETE FROM learning.irt_calibration").update();
    }

    @Test
    void anAdminStartsACalibrationFromTheFormAndASecondIsRefused() throws Exception {
        Api.Response empty = api.get("/admin/irt", admin);
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body()).contains("No calibration yet.").contains("name=\"_csrf\"")
                .contains("<label for=\"irt-min-item\">").contains("value=\"30\"")
                .contains("href=\"/admin/irt\" aria-current=\"page\"");

        MockHttpServletResponse started = form("40", "8");
        assertThat(started.getStatus()).isEqualTo(302);
        String location = started.getRedirectedUrl();
        assertThat(location).startsWith("/admin/irt/calibrations/");
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        assertThat(jdbc.sql("SELECT min_item_answers FROM learning.irt_calibration WHERE id = :id").param("id", id)
                .query(Integer.class).single()).isEqualTo(40);

        // As if the background poller had taken it up (and so that it cannot finish during the test).
        jdbc.sql("UPDATE learning.irt_calibration SET state = 'RUNNING', started_at = now(), finished_at = NULL,"
                + " failure = NULL, starts = 1 WHERE id = :id").param("id", id).update();
        MockHttpServletResponse refused = form("40", "8");
        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(refused.getContentAsString()).contains("already queued or running");
        MockHttpServletResponse invalid = form("none", "8");
        assertThat(invalid.getStatus()).isEqualTo(400);
        assertThat(invalid.getContentAsString()).contains("whole numbers");

        assertThat(api.get("/admin/irt", admin).body()).contains("/admin/irt/calibrations/" + id);
        assertThat(api.get("/admin/irt?page=x", admin).status()).isEqualTo(400);
    }

    @Test
    void aRunPageShowsItsQuestionsWithTheirFlagsAndAFailedRunItsReason() {
        UUID run = UUID.randomUUID();
        UUID fits = UUID.randomUUID();
        UUID misfits = UUID.randomUUID();
        Timestamp at = Timestamp.from(Instant.parse("2026-11-20T03:00:00Z"));
        jdbc.sql("""
                INSERT INTO learning.irt_calibration (id, requested_at, started_at, finished_at, state, starts,
                    min_item_answers, min_student_answers, max_responses, items, students, responses, flagged_items,
                    em_iterations, converged, log_likelihood)
                VALUES (:id, :at, :at, :at, 'SUCCEEDED', 1, 30, 5, 500000, 2, 400, 800, 1, 57, true, -512.25)
                """).param("id", run).param("at", at).update();
        item(run, fits, 1.21, 0.95, 1.02, 6.1, 0.64, false);
        item(run, misfits, 0.05, 1.48, 1.61, 88.0, 0.0000001, true);

        Api.Response page = api.get("/admin/irt/calibrations/" + run, admin);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("2 questions, 400 students, 800 first answers")
                .contains("1 questions flagged for misfit").contains("57 EM iterations, converged")
                .contains("1.21 ± 0.10").contains("88.00 (df 8, p &lt; 0.001)")
                .contains("misfit: infit above 1.3; outfit above 1.3; Q1 p below 0.01").contains(fits.toString());
        String flaggedOnly = api.get("/admin/irt/calibrations/" + run + "?flagged=true", admin).body();
        assertThat(flaggedOnly).contains(misfits.toString()).doesNotContain(fits.toString());
        assertThat(api.get("/admin/irt/calibrations/" + run + "?sort=name", admin).status()).isEqualTo(400);
        assertThat(api.get("/admin/irt/calibrations/" + UUID.randomUUID(), admin).status()).isEqualTo(404);

        UUID failed = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO learning.irt_calibration (id, requested_at, started_at, finished_at, state, starts,
                    failure, min_item_answers, min_student_answers, max_responses)
                VALUES (:id, :at, :at, :at, 'FAILED', 1, 'Too little data: 0 questions', 30, 5, 500000)
                """).param("id", failed).param("at", at).update();
        assertThat(api.get("/admin/irt/calibrations/" + failed, admin).body()).contains("Too little data: 0 questions");
        assertThat(api.get("/admin/irt", admin).body()).contains("Too little data: 0 questions")
                .contains("2 questions, 400 students, 800 answers; 1 flagged");

        String student = users.as(Role.STUDENT).accessToken();
        assertThat(api.get("/admin/irt", student).status()).isEqualTo(403);
        assertThat(api.get("/admin/irt/calibrations/" + run, student).status()).isEqualTo(403);
    }

    private void item(UUID run, UUID question, double a, double infit, double outfit, double q1, double p,
            boolean misfit) {
        jdbc.sql("""
                INSERT INTO learning.irt_calibration_item (calibration_id, question_id, discrimination, difficulty,
                    discrimination_se, difficulty_se, infit, outfit, q1, q1_df, q1_p, answers, share_correct, misfit)
                VALUES (:run, :q, :a, 0.3, 0.1, 0.2, :infit, :outfit, :q1, 8, :p, 400, 0.55, :misfit)
                """).param("run", run).param("q", question).param("a", a).param("infit", infit)
                .param("outfit", outfit).param("q1", q1).param("p", p).param("misfit", misfit).update();
    }

    private MockHttpServletResponse form(String minItemAnswers, String minStudentAnswers) throws Exception {
        return mvc.perform(post("/admin/irt/calibrations").with(RealCsrf.token())
                .cookie(new Cookie("revisio_access", admin)).param("minItemAnswers", minItemAnswers)
                .param("minStudentAnswers", minStudentAnswers)).andReturn().getResponse();
    }
}
