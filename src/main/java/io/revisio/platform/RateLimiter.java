package io.revisio.platform;

import java.time.Duration;

/**
 * Counts attempts per key in fixed windows shared by every instance (in Redis). When Redis is away
 * each instance counts on its own, so limits loosen for a while but the application keeps serving.
 */
public interface RateLimiter {

    /**
     * Counts one attempt and throws {@link io.revisio.shared.problem.TooManyRequestsException} when
     * the key has had more than {@code limit} attempts in the current window.
     */
    void acquire(String key, int limit, Duration window);

    /** Attempts counted so far in the current window, without counting one. */
    long count(String key, Duration window);

    /** Counts one attempt without ever refusing (e.g. a failed login towards a lockout). */
    long increment(String key, Duration window);

    /** Forgets the key's attempts (e.g. failures after a successful login). */
    void reset(String key);
}
