package io.revisio.notify.outbox;

import java.time.Duration;

/**
 * How long a message waits after a failed delivery: 30 seconds after the first failure, doubling with
 * each further one, never more than an hour. There is no last attempt: a message is never dropped.
 */
final class RetryBackoff {

    static final Duration FIRST = Duration.ofSeconds(30);
    static final Duration LONGEST = Duration.ofHours(1);

    // 30 s doubled 7 times is already past an hour; stopping there keeps the shift from overflowing.
    private static final int MAX_DOUBLINGS = 7;

    private RetryBackoff() {
    }

    static Duration afterFailedAttempts(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("A backoff follows at least one failed attempt");
        }
        Duration wait = FIRST.multipliedBy(1L << Math.min(failedAttempts - 1, MAX_DOUBLINGS));
        return wait.compareTo(LONGEST) > 0 ? LONGEST : wait;
    }
}
