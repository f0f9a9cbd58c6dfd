package io.revisio.identity.password;

import io.revisio.identity.AuthProperties;
import io.revisio.identity.account.Account;
import io.revisio.identity.account.AccountRepository;
import io.revisio.identity.account.EmailAddress;
import io.revisio.identity.account.OneTimeTokens;
import io.revisio.identity.account.PasswordPolicy;
import io.revisio.identity.account.Passwords;
import io.revisio.identity.mfa.MultiFactor;
import io.revisio.identity.session.SessionRevocation;
import io.revisio.notify.Email;
import io.revisio.notify.EmailOutbox;
import io.revisio.platform.AuditEvent;
import io.revisio.platform.AuditLog;
import io.revisio.platform.HttpProperties;
import io.revisio.platform.RateLimiter;
import io.revisio.shared.problem.ProblemException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resetting a forgotten password. A request is only recorded, whatever the address, so it answers in
 * the same time for every address; a background job sends the single-use link (valid 30 minutes) to
 * addresses that have an account. Completing a reset ends every session of the account.
 */
@Component
public class PasswordReset {

    static final Duration LIFETIME = Duration.ofMinutes(30);

    private final JdbcClient jdbc;
    private final AccountRepository accounts;
    private final OneTimeTokens tokens;
    private final Passwords passwords;
    private final SessionRevocation revocation;
    private final MultiFactor multiFactor;
    private final EmailOutbox outbox;
    private final RateLimiter limiter;
    private final AuditLog audit;
    private final Clock clock;
    private final HttpProperties http;
    private final AuthProperties.Limits limits;

    PasswordReset(JdbcClient jdbc, AccountRepository accounts, OneTimeTokens tokens, Passwords passwords,
            SessionRevocation revocation, MultiFactor multiFactor, EmailOutbox outbox, RateLimiter limiter,
            AuditLog audit, Clock clock, HttpProperties http, AuthProperties properties) {
        this.multiFactor = multiFactor;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwords = passwords;
        this.revocation = revocation;
        this.outbox = outbox;
        this.limiter = limiter;
        this.audit = audit;
        this.clock = clock;
        this.http = http;
        this.limits = properties.limits();
    }

    public void request(String email, String ip) {
        limiter.acquire("email:ip:" + ip, limits.emailPerIp(), Duration.ofHours(1));
        jdbc.sql("""
                        INSERT INTO identity.password_reset_request (id, email_key, requested_at, ip)
                        VALUES (:id, :key, :now, :ip)
                        """)
                .param("id", UUID.randomUUID())
                .param("key", email == null ? "" : email.trim().toLowerCase(Locale.ROOT))
                .param("now", Timestamp.from(clock.instant()))
                .param("ip", ip)
                .update();
    }

    /** Sends the links for recorded requests; several instances share the work without doubling it. */
    @Scheduled(fixedDelay = 2000, initialDelay = 2000)
    @Transactional
    public void sendPendingLinks() {
        List<Pending> pending = jdbc.sql("""
                        SELECT id, email_key FROM identity.password_reset_request
                        WHERE processed_at IS NULL ORDER BY requested_at LIMIT 50 FOR UPDATE SKIP LOCKED
                        """)
                .query((row, n) -> new Pending(row.getObject("id", UUID.class), row.getString("email_key")))
                .list();
        Instant now = clock.instant();
        for (Pending request : pending) {
            if (EmailAddress.isValid(request.emailKey())) {
                accounts.findByEmail(new EmailAddress(request.emailKey()))
                        .filter(account -> !account.isDisabled())
                        .filter(account -> limiter.increment("email:account:" + account.email().key(),
                                Duration.ofHours(1)) <= limits.emailPerAccount())
                        .ifPresent(account -> sendLink(account, now));
            }
            jdbc.sql("UPDATE identity.password_reset_request SET processed_at = :now WHERE id = :id")
                    .param("id", request.id()).param("now", Timestamp.from(now)).update();
        }
    }

    @Transactional(noRollbackFor = ProblemException.class)
    public void complete(String token, String newPassword, String mfaCode, String ip) {
        limiter.acquire("reset:ip:" + ip, limits.emailPerIp(), Duration.ofHours(1));
        Instant now = clock.instant();
        Account account = tokens.peek(token, OneTimeTokens.Purpose.RESET_PASSWORD, now)
                .flatMap(accounts::findById)
                .orElseThrow(PasswordReset::invalidToken);
        PasswordPolicy.require("password", newPassword, account.email());
        if (multiFactor.isEnabled(account.id())) {
            if (mfaCode == null || mfaCode.isBlank()) {
                throw new ProblemException(HttpStatus.BAD_REQUEST, "mfa-required",
                        "This account has two-factor sign-in: send a code from your authenticator or a backup code.");
            }
            if (!multiFactor.check(account.id(), mfaCode)) {
                throw new ProblemException(HttpStatus.BAD_REQUEST, "invalid-mfa-code", "The code is not valid.");
            }
        }
        tokens.consume(token, OneTimeTokens.Purpose.RESET_PASSWORD, now).orElseThrow(PasswordReset::invalidToken);
        accounts.changePasswordHash(account.id(), passwords.hash(newPassword), now);
        if (!account.isVerified()) {
            accounts.markVerified(account.id(), now); // the link proved the address
        }
        List<UUID> ended = revocation.revokeAllOf(account.id(), null, "password reset");
        audit.record(AuditEvent.security("password.reset", account.id(), account.id(),
                Map.of("sessionsEnded", ended.size())));
    }

    private void sendLink(Account account, Instant now) {
        String token = tokens.issue(account.id(), OneTimeTokens.Purpose.RESET_PASSWORD, LIFETIME, now);
        outbox.enqueue(new Email(account.email().value(), "Reset your Revisio password",
                "Hello " + account.displayName() + ",\n\n"
                        + "Choose a new password by opening this link within 30 minutes:\n\n"
                        + http.publicUrl() + "/reset-password?token=" + token + "\n\n"
                        + "Resetting your password signs you out everywhere. If you did not ask for this, "
                        + "ignore this e-mail: your password stays as it is.\n"));
        audit.record(AuditEvent.security("password.reset-requested", null, account.id(), Map.of()));
    }

    private static ProblemException invalidToken() {
        return new ProblemException(HttpStatus.BAD_REQUEST, "invalid-token",
                "This link is not valid any more. Ask for a new one.");
    }

    private record Pending(UUID id, String emailKey) {
    }
}
