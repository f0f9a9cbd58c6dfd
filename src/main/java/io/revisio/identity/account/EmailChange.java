package io.revisio.identity.account;

import io.revisio.identity.AuthProperties;
import io.revisio.notify.Email;
import io.revisio.notify.EmailOutbox;
import io.revisio.platform.AuditEvent;
import io.revisio.platform.AuditLog;
import io.revisio.platform.HttpProperties;
import io.revisio.platform.RateLimiter;
import io.revisio.shared.problem.ProblemException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changing the e-mail address: the current password proves the request, a link sent to the new address
 * proves that address, and the old address is told. Whether the new address already has an account is
 * never revealed to the requester.
 */
@Component
public class EmailChange {

    static final Duration LIFETIME = Duration.ofHours(24);

    private final AccountRepository accounts;
    private final OneTimeTokens tokens;
    private final CurrentPassword currentPassword;
    private final EmailOutbox outbox;
    private final RateLimiter limiter;
    private final AuditLog audit;
    private final Clock clock;
    private final HttpProperties http;
    private final AuthProperties.Limits limits;

    EmailChange(AccountRepository accounts, OneTimeTokens tokens, CurrentPassword currentPassword, EmailOutbox outbox,
            RateLimiter limiter, AuditLog audit, Clock clock, HttpProperties http, AuthProperties properties) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.currentPassword = currentPassword;
        this.outbox = outbox;
        this.limiter = limiter;
        this.audit = audit;
        this.clock = clock;
        this.http = http;
        this.limits = properties.limits();
    }

    @Transactional(noRollbackFor = ProblemException.class)
    public void request(UUID accountId, String newEmail, String currentPassword) {
        Account account = accounts.findById(accountId).orElseThrow();
        if (account.passwordHash() != null) { // accounts that sign in only with a provider have none
            this.currentPassword.require(account, currentPassword);
        }
        if (!EmailAddress.isValid(newEmail)) {
            throw ProblemException.invalidField("newEmail", "Email", "must be an e-mail address");
        }
        EmailAddress target = new EmailAddress(newEmail);
        if (target.key().equals(account.email().key())) {
            throw ProblemException.invalidField("newEmail", "Unchanged", "is already your address");
        }
        limiter.acquire("email:account:" + account.email().key(), limits.emailPerAccount(), Duration.ofHours(1));
        Instant now = clock.instant();
        if (accounts.findByEmail(target).isPresent()) {
            outbox.enqueue(new Email(target.value(), "Someone tried to use your address at Revisio",
                    "Someone asked to move another Revisio account to this address, which already has an account."
                            + " Nothing was changed. If this was you, sign in with this address instead.\n"));
        } else {
            String token = tokens.issueEmailChange(accountId, target, LIFETIME, now);
            outbox.enqueue(new Email(target.value(), "Confirm your new e-mail address for Revisio",
                    "Hello " + account.displayName() + ",\n\nConfirm that Revisio should use this address by opening "
                            + "this link within 24 hours:\n\n" + http.publicUrl() + "/confirm-email?token=" + token
                            + "\n\nIf you did not ask for this, ignore this e-mail.\n"));
        }
        outbox.enqueue(new Email(account.email().value(), "A change of your Revisio e-mail address was requested",
                "Hello " + account.displayName() + ",\n\nSomeone signed in to your account asked to change its e-mail "
                        + "address. It changes only once the new address is confirmed. If this was not you, change "
                        + "your password and sign out everywhere from your account page.\n"));
        audit.record(AuditEvent.security("email.change-requested", accountId, accountId, Map.of()));
    }

    @Transactional
    public void confirm(String token) {
        Instant now = clock.instant();
        OneTimeTokens.EmailChange change = tokens.consumeEmailChange(token, now)
                .orElseThrow(() -> new ProblemException(HttpStatus.BAD_REQUEST, "invalid-token",
                        "This link is not valid any more. Ask for the change again."));
        Account account = accounts.findById(change.accountId()).orElseThrow();
        EmailAddress target = new EmailAddress(change.newEmail());
        if (!accounts.changeEmail(account.id(), target, now)) {
            throw new ProblemException(HttpStatus.CONFLICT, "email-taken",
                    "Another account now uses this address. Nothing was changed.");
        }
        outbox.enqueue(new Email(account.email().value(), "Your Revisio e-mail address was changed",
                "Hello " + account.displayName() + ",\n\nYour account now uses " + target.value() + ". If this was not "
                        + "you, contact your Revisio administrator right away.\n"));
        audit.record(AuditEvent.security("email.changed", account.id(), account.id(),
                Map.of("before", Map.of("email", account.email().value()), "after", Map.of("email", target.value()))));
    }
}
