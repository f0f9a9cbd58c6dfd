package io.revisio.identity.password;

import io.revisio.identity.account.Account;
import io.revisio.identity.account.AccountRepository;
import io.revisio.identity.account.CurrentPassword;
import io.revisio.identity.account.PasswordPolicy;
import io.revisio.identity.account.Passwords;
import io.revisio.identity.session.SessionRevocation;
import io.revisio.platform.AuditEvent;
import io.revisio.platform.AuditLog;
import io.revisio.shared.problem.ProblemException;
import java.time.Clock;
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

    private final AccountRepository accounts;
    private final Passwords passwords;
    private final CurrentPassword currentPassword;
    private final SessionRevocation revocation;
    private final AuditLog audit;
    private final Clock clock;

    PasswordChange(AccountRepository accounts, Passwords passwords, CurrentPassword currentPassword,
            SessionRevocation revocation, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.currentPassword = currentPassword;
        this.revocation = revocation;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(noRollbackFor = ProblemException.class)
    public void change(UUID accountId, UUID currentSession, String currentPasswordText, String newPassword) {
        Account account = accounts.findById(accountId).orElseThrow();
        try {
            currentPassword.require(account, currentPasswordText);
        } catch (ProblemException refused) {
            audit.record(AuditEvent.security("password.change-failed", accountId, accountId, Map.of()));
            throw refused;
        }
        PasswordPolicy.require("newPassword", newPassword, account.email());
        accounts.changePasswordHash(accountId, passwords.hash(newPassword), clock.instant());
        List<UUID> ended = revocation.revokeAllOf(accountId, currentSession, "password changed");
        audit.record(AuditEvent.security("password.changed", accountId, accountId,
                Map.of("otherSessionsEnded", ended.size())));
    }

}
