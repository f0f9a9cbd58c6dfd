package io.revisio.identity.password;

import io.revisio.identity.AuthProperties;
import io.revisio.identity.account.Account;
import io.revisio.identity.account.AccountRepository;
import io.revisio.identity.account.PasswordPolicy;
import io.revisio.identity.account.Passwords;
import io.revisio.identity.session.SessionRevocation;
import io.revisio.platform.AuditEvent;
import io.revisio.platform.AuditLog;
import io.revisio.platform.RateLimiter;
import io.revisio.shared.problem.ProblemException;
import io.revisio.shared.problem.TooManyRequestsException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changing a password while signed in: the current password is required (wrong guesses count towards
 * the same lockout as sign-in), and every other session of the account ends.
 */
@Component
public class PasswordChange {

    private static final Duration FAILURE_WINDOW = Duration.ofHours(1);

    private final AccountRepository accounts;
    private final Passwords passwords;
    private final SessionRevocation revocation;
    private final RateLimiter limiter;
    private final AuditLog audit;
    private final Clock clock;
    private final AuthProperties.Limits limits;

    PasswordChange(AccountRepository accounts, Passwords passwords, SessionRevocation revocation, RateLimiter limiter,
            AuditLog audit, Clock clock, AuthProperties properties) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.revocation = revocation;
        this.limiter = limiter;
        this.audit = audit;
        this.clock = clock;
        this.limits = properties.limits();
    }

    @Transactional(noRollbackFor = ProblemException.class)
    public void change(UUID accountId, UUID currentSession, String currentPassword, String newPassword) {
        Account account = accounts.findById(accountId).orElseThrow();
        String failures = "login:failures:" + accountId;
        if (limiter.count(failures, FAILURE_WINDOW) >= limits.failedLoginsPerAccount()) {
            throw new TooManyRequestsException(FAILURE_WINDOW);
        }
        if (account.passwordHash() == null || !passwords.matches(currentPassword, account.passwordHash())) {
            limiter.increment(failures, FAILURE_WINDOW);
            audit.record(AuditEvent.security("password.change-failed", accountId, accountId, Map.of()));
            throw ProblemException.invalidField("currentPassword", "WrongPassword", "is not your current password");
        }
        PasswordPolicy.require("newPassword", newPassword, account.email());
        accounts.changePasswordHash(accountId, passwords.hash(newPassword), clock.instant());
        List<UUID> ended = revocation.revokeAllOf(accountId, currentSession, "password changed");
        audit.record(AuditEvent.security("password.changed", accountId, accountId,
                Map.of("otherSessionsEnded", ended.size())));
    }

}
