package io.revisio.notify.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryBackoffTest {

    @Test
    void waitsThirtySecondsThenDoublesUpToAnHour() {
        assertThat(RetryBackoff.afterFailedAttempts(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(RetryBackoff.afterFailedAttempts(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(RetryBackoff.afterFailedAttempts(3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(RetryBackoff.afterFailedAttempts(4)).isEqualTo(Duration.ofMinutes(4));
        assertThat(RetryBackoff.afterFailedAttempts(5)).isEqualTo(Duration.ofMinutes(8));
        assertThat(RetryBackoff.afterFailedAttempts(6)).isEqualTo(Duration.ofMinutes(16));
        assertThat(RetryBackoff.afterFailedAttempts(7)).isEqualTo(Duration.ofMinutes(32));
        assertThat(RetryBackoff.afterFailedAttempts(8)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void keepsRetryingHourlyForever() {
        assertThat(RetryBackoff.afterFailedAttempts(9)).isEqualTo(Duration.ofHours(1));
        assertThat(RetryBackoff.afterFailedAttempts(64)).isEqualTo(Duration.ofHours(1));
        assertThat(RetryBackoff.afterFailedAttempts(Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void onlyFollowsAFailedAttempt() {
        assertThatIllegalArgumentException().isThrownBy(() -> RetryBackoff.afterFailedAttempts(0));
    }
}
