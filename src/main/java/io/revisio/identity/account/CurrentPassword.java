package io.revisio.identity.account;

import io.revisio.identity.AuthProperties;
import io.revisio.platform.RateLimiter;
import io.revisio.shared.problem.ProblemException;
import io.revisio.shared.problem.TooManyRequestsException;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Re-checks the password of a signed-in user before a sensitive change. Wrong guesses count towards the
 * same per-account lockout as signing in, so a stolen session cannot be used to guess the password.
 */
@Component
public class CurrentPassword {

    public static final Duration FAILURE_WINDOW = Duration.ofHours(1);

    private final Passwords passwords;
    private final RateLimiter limiter;
    private final AuthProperties.Limits limits;

    CurrentPassword(Passwords passwords, RateLimiter limiter, AuthProperties properties) {
        this.passwords = passwords;
        this.limiter = limiter;
        this.limits = properties.limits();
    }

    /** The key under which an account's failed password checks are counted. */
    public static String failuresOf(Account account) {
        return "login:failures:" + account.id();
    }

    /** Throws a field error on {@code currentPassword} (or 429 when locked) unless the password is right. */
    public void require(Account account, String password) {
        String failures = failuresOf(account);
        if (limiter.count(failures, FAILURE_WINDOW) >= limits.failedLoginsPerAccount()) {
            throw new TooManyRequestsException(FAILURE_WINDOW);
        }
        if (account.passwordHash() == null || !passwords.matches(password == null ? "" : password,
                account.passwordHash())) {
            limiter.increment(failures, FAILURE_WINDOW);
            throw ProblemException.invalidField("currentPassword", "WrongPassword", "is not your current password");
        }
    }
}
