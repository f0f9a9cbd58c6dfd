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
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Proving an e-mail address: a single-use link, valid for a day, sent through the outbox. */
@Component
public class EmailVerification {

    static final Duration LIFETIME = Duration.ofHours(24);

    private final AccountRepository accounts;
    private final OneTimeTokens tokens;
    private final EmailOutbox outbox;
    private final RateLimiter limiter;
    private final AuditLog audit;
    private final Clock clock;
    private final HttpProperties http;
    private final AuthProperties.Limits limits;

    EmailVerification(AccountRepository accounts, OneTimeTokens tokens, EmailOutbox outbox, RateLimiter limiter,
            AuditLog audit, Clock clock, HttpProperties http, AuthProperties properties) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.outbox = outbox;
        this.limiter = limiter;
        this.audit = audit;
        this.clock = clock;
        this.http = http;
        this.limits = properties.limits();
    }

    void send(Account account) {
        String token = tokens.issue(account.id(), OneTimeTokens.Purpose.VERIFY_EMAIL, LIFETIME, clock.instant());
        outbox.enqueue(new Email(account.email().value(), "Confirm your e-mail address for Revisio",
                "Hello " + account.displayName() + ",\n\n"
                        + "Confirm your e-mail address by opening this link within 24 hours:\n\n"
                        + http.publicUrl() + "/verify-email?token=" + token + "\n\n"
                        + "If you did not register at Revisio, you can ignore this e-mail.\n"));
    }

    @Transactional
    public void verify(String token, String ip) {
        limiter.acquire("verify:ip:" + ip, limits.emailPerIp(), Duration.ofHours(1));
        UUID accountId = tokens.consume(token, OneTimeTokens.Purpose.VERIFY_EMAIL, clock.instant())
                .orElseThrow(() -> new ProblemException(HttpStatus.BAD_REQUEST, "invalid-token",
                        "This link is not valid any more. Ask for a new one."));
        accounts.markVerified(accountId, clock.instant());
        audit.record(AuditEvent.security("email.verified", accountId, accountId, Map.of()));
    }

    /** Sends a new link to an unverified account; answers the same whatever the address. */
    @Transactional
    public void resend(String email, String ip) {
        limiter.acquire("email:ip:" + ip, limits.emailPerIp(), Duration.ofHours(1));
        if (!EmailAddress.isValid(email)) {
            return;
        }
        EmailAddress address = new EmailAddress(email);
        accounts.findByEmail(address)
                .filter(account -> !account.isVerified() && !account.isDisabled())
                .filter(account -> limiter.increment("email:account:" + address.key(), Duration.ofHours(1))
                        <= limits.emailPerAccount())
                .ifPresent(account -> {
                    send(account);
                    audit.record(AuditEvent.security("email.verification-resent", null, account.id(), Map.of()));
                });
    }

    /**
     * A new link sent at an admin's request. The per-address and per-account limits do not apply (they
     * stop strangers from flooding an inbox, and an admin answering a support request is not one), but
     * the older links stop working as with every new link.
     */
    @Transactional
    public void resendForAdmin(Account account, UUID adminId) {
        if (account.isVerified()) {
            throw new ProblemException(HttpStatus.CONFLICT, "already-verified",
                    "This account's e-mail address is already verified.");
        }
        send(account);
        audit.record(AuditEvent.security("email.verification-resent", adminId, account.id(), Map.of()));
    }
}
