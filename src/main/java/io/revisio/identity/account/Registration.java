package io.revisio.identity.account;

import io.revisio.identity.AuthProperties;
import io.revisio.identity.Role;
import io.revisio.notify.Email;
import io.revisio.notify.EmailOutbox;
import io.revisio.platform.AuditEvent;
import io.revisio.platform.AuditLog;
import io.revisio.platform.HttpProperties;
import io.revisio.platform.RateLimiter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering with e-mail and password. The answer never tells whether the address already had an
 * account: its owner gets an e-mail saying so instead.
 */
@Component
public class Registration {

    private final AccountRepository accounts;
    private final Passwords passwords;
    private final EmailVerification verification;
    private final EmailOutbox outbox;
    private final RateLimiter limiter;
    private final AuditLog audit;
    private final Clock clock;
    private final HttpProperties http;
    private final AuthProperties.Limits limits;

    Registration(AccountRepository accounts, Passwords passwords, EmailVerification verification, EmailOutbox outbox,
            RateLimiter limiter, AuditLog audit, Clock clock, HttpProperties http, AuthProperties properties) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.verification = verification;
        this.outbox = outbox;
        this.limiter = limiter;
        this.audit = audit;
        this.clock = clock;
        this.http = http;
        this.limits = properties.limits();
    }

    @Transactional
    public void register(EmailAddress email, String password, String displayName, String ip) {
        limiter.acquire("register:ip:" + ip, limits.registerPerIp(), Duration.ofHours(1));
        PasswordPolicy.require("password", password, email);
        Instant now = clock.instant();
        Account account = new Account(UUID.randomUUID(), email, displayName.trim(), passwords.hash(password),
                Role.STUDENT, null, null, now);
        if (accounts.insert(account, now)) {
            verification.send(account);
            audit.record(AuditEvent.security("account.registered", account.id(), account.id(), Map.of()));
        } else if (limiter.increment("email:account:" + email.key(), Duration.ofHours(1)) <= limits.emailPerAccount()) {
            outbox.enqueue(new Email(email.value(), "You already have a Revisio account",
                    "Someone, hopefully you, tried to register a new Revisio account with this address.\n\n"
                            + "You already have one. Sign in at " + http.publicUrl() + "/login, or reset your password at "
                            + http.publicUrl() + "/forgot-password if you no longer know it.\n\n"
                            + "If this was not you, you can ignore this e-mail.\n"));
        }
    }
}
