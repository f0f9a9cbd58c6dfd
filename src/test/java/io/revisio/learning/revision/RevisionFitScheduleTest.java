package io.revisio.learning.revision;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.shared.config.ConfigurationProblems;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** The fit job runs at its configured interval in serving instances only, and its settings are checked. */
class RevisionFitScheduleTest {

    static final RevisionFitProperties EVERY_TEN_MINUTES = new RevisionFitProperties(400, 100, 0.2,
            Duration.ofMinutes(10));

    @Test
    void aServingInstanceRunsTheJobAtTheConfiguredIntervalFirstAfterOneInterval() {
        ScheduledTaskRegistrar registrar = new ScheduledTaskRegistrar();
        new RevisionFitSchedule(null, EVERY_TEN_MINUTES, new MockEnvironment()).configureTasks(registrar);

        assertThat(registrar.getFixedDelayTaskList()).hasSize(1);
        assertThat(registrar.getFixedDelayTaskList().get(0).getIntervalDuration()).isEqualTo(Duration.ofMinutes(10));
        assertThat(registrar.getFixedDelayTaskList().get(0).getInitialDelayDuration())
                .isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void anOperatorCommandDoesNotFit() {
        ScheduledTaskRegistrar registrar = new ScheduledTaskRegistrar();
        MockEnvironment command = new MockEnvironment().withProperty("revisio.command", "rebuild");
        new RevisionFitSchedule(null, EVERY_TEN_MINUTES, command).configureTasks(registrar);

        assertThat(registrar.getFixedDelayTaskList()).isEmpty();
    }

    @Test
    void settingsOutOfRangeAreNamed() {
        ConfigurationProblems problems = new ConfigurationProblems();
        new RevisionFitProperties(10, 0, 0.9, Duration.ZERO).check(problems, false);
        assertThat(problems.describe()).contains("revisio.revision.fit.min-reviews")
                .contains("revisio.revision.fit.min-new-reviews").contains("revisio.revision.fit.held-out-share")
                .contains("revisio.revision.fit.interval");

        ConfigurationProblems none = new ConfigurationProblems();
        EVERY_TEN_MINUTES.check(none, true);
        assertThat(none.isEmpty()).isTrue();
    }
}
