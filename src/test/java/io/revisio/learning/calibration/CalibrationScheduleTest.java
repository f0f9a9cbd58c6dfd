package io.revisio.learning.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.learning.irt.Response;
import io.revisio.shared.config.ConfigurationProblems;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * The calibration poller runs in serving instances only, at its interval; the nightly run only when a cron
 * expression is set; the settings are checked; and the minimums are applied until neither drops anything.
 */
class CalibrationScheduleTest {

    static final CalibrationProperties DEFAULTS = new CalibrationProperties(30, 5, 500_000, Duration.ofSeconds(10),
            Duration.ofHours(1), null);

    @Test
    void aServingInstancePollsAtTheIntervalAndQueuesNothingNightlyByDefault() {
        ScheduledTaskRegistrar registrar = new ScheduledTaskRegistrar();
        new CalibrationSchedule(null, DEFAULTS, new MockEnvironment()).configureTasks(registrar);

        assertThat(registrar.getFixedDelayTaskList()).hasSize(1);
        assertThat(registrar.getFixedDelayTaskList().get(0).getIntervalDuration()).isEqualTo(Duration.ofSeconds(10));
        assertThat(registrar.getFixedDelayTaskList().get(0).getInitialDelayDuration()).isEqualTo(Duration.ofSeconds(10));
        assertThat(registrar.getCronTaskList()).isEmpty();
    }

    @Test
    void aNightlyCronQueuesRunsAndAnOperatorCommandDoesNothing() {
        CalibrationProperties nightly = new CalibrationProperties(30, 5, 500_000, Duration.ofSeconds(10),
                Duration.ofHours(1), "0 30 2 * * *");
        ScheduledTaskRegistrar registrar = new ScheduledTaskRegistrar();
        new CalibrationSchedule(null, nightly, new MockEnvironment()).configureTasks(registrar);
        assertThat(registrar.getCronTaskList()).singleElement()
                .satisfies(task -> assertThat(task.getExpression()).isEqualTo("0 30 2 * * *"));

        ScheduledTaskRegistrar command = new ScheduledTaskRegistrar();
        new CalibrationSchedule(null, nightly, new MockEnvironment().withProperty("revisio.command", "migrate"))
                .configureTasks(command);
        assertThat(command.getFixedDelayTaskList()).isEmpty();
        assertThat(command.getCronTaskList()).isEmpty();
    }

    @Test
    void settingsOutOfRangeAreNamed() {
        ConfigurationProblems problems = new ConfigurationProblems();
        new CalibrationProperties(0, 0, 0, Duration.ZERO, Duration.ofSeconds(5), "every night").check(problems, false);
        assertThat(problems.describe()).contains("revisio.irt.calibration.min-item-answers")
                .contains("revisio.irt.calibration.min-student-answers").contains("revisio.irt.calibration.max-responses")
                .contains("revisio.irt.calibration.poll-interval").contains("revisio.irt.calibration.stale-after")
                .contains("revisio.irt.calibration.nightly");
        ConfigurationProblems none = new ConfigurationProblems();
        DEFAULTS.check(none, true);
        assertThat(none.isEmpty()).isTrue();
    }

    @Test
    void theMinimumsAreAppliedInTurnUntilNeitherDropsAnything() {
        List<Response> responses = new ArrayList<>();
        // q1 and q2 answered by s1..s3; q3 by s1 and s4 only; s4 answered q3 alone.
        for (String student : List.of("s1", "s2", "s3")) {
            responses.add(new Response(student, "q1", true));
            responses.add(new Response(student, "q2", false));
        }
        responses.add(new Response("s1", "q3", true));
        responses.add(new Response("s4", "q3", true));
        responses.add(new Response("s4", "q1", false));

        // Items need 2 answers: all three pass. Students need 2 answers: s4 (q3, q1) passes too.
        assertThat(FirstResponses.filter(responses, 2, 2)).hasSize(9);
        // Items need 3: q3 (2 answers) drops; then s4 has only q1 left and drops; q1 falls to 3, still in.
        List<Response> kept = FirstResponses.filter(responses, 3, 2);
        assertThat(kept).extracting(Response::item).containsOnly("q1", "q2");
        assertThat(kept).extracting(Response::student).containsOnly("s1", "s2", "s3");
        // Items need 4: only q1 is left, and no student has two answers to it: nothing is left.
        assertThat(FirstResponses.filter(responses, 4, 2)).isEmpty();
    }
}
