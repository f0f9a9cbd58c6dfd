package io.revisio.shared.problem;

import java.time.Duration;
import org.springframework.http.HttpStatus;

/** 429 with the seconds to wait in {@code Retry-After}. */
public class TooManyRequestsException extends ProblemException {

    public TooManyRequestsException(Duration retryAfter) {
        super(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many attempts. Try again later.");
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        header("Retry-After", String.valueOf(seconds));
        with("retryAfterSeconds", seconds);
    }
}
