package io.revisio.learning.progress;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.shared.config.ConfigurationProblems;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** The knowledge tracing fit job runs at its configured interval in serving instances only; its settings are checked. */
class MasteryFitScheduleTest {

    static final MasteryFitProperties EVERY_TWO_HOURS = new MasteryFitProperties(100, Duration.ofHours(2));

    @Test
    void aServingInstanceRunsTheJobAtTheConfiguredIntervalFirstAfterOneInterval() {
        ScheduledTaskRegistrar registrar = new ScheduledTaskRegistrar();
        new MasteryFitSchedule(null, EVERY_TWO_HOURS, new MockEnvironment()).configureTasks(registrar);

        assertThat(registrar.getFixedDelayTaskList()).hasSize(1);
        assertThat(registrar.getFixedDelayTaskList().get(0).getIntervalDuration()).isEqualTo(Duration.ofHours(2));
        assertThat(registrar.getFixedDelayTaskList().get(0).getInitialDelayDuration()).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void anOperatorCommandDoesNotFit() {
        ScheduledTaskRegistrar registrar = new ScheduledTaskRegistrar();
        MockEnvironment command = new MockEnvironment().withProperty("revisio.command", "rebuild");
        new MasteryFitSchedule(null, EVERY_TWO_HOURS, command).configureTasks(registrar);

        assertThat(registrar.getFixedDelayTaskList()).isEmpty();
    }

    @Test
    void settingsOutOfRangeAreNamed() {
        ConfigurationProblems problems = new ConfigurationProblems();
        new MasteryFitProperties(0, Duration.ZERO).check(problems, false);
        assertThat(problems.describe()).contains("revisio.mastery.fit.min-new-attempts")
                .contains("revisio.mastery.fit.interval");

        ConfigurationProblems none = new ConfigurationProblems();
        EVERY_TWO_HOURS.check(none, true);
        assertThat(none.isEmpty()).isTrue();
    }
}
