package io.revisio.identity.session;

import io.revisio.identity.AuthProperties;
import io.revisio.identity.account.Account;
import io.revisio.identity.account.AccountRepository;
import io.revisio.identity.account.CurrentPassword;
import io.revisio.identity.account.EmailAddress;
import io.revisio.identity.account.Passwords;
import io.revisio.identity.mfa.MfaChallenges;
import io.revisio.identity.mfa.MultiFactor;
import io.revisio.platform.AuditEvent;
import io.revisio.platform.AuditLog;
import io.revisio.platform.RateLimiter;
import io.revisio.shared.problem.ProblemException;
import io.revisio.shared.problem.TooManyRequestsException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signing in with e-mail and password. Unknown addresses and wrong passwords get the same answer in the
 * same time; failures count towards a per-account lockout and attempts towards a per-address limit.
 */
@Component
public class SignIn {

    static final Duration IP_WINDOW = Duration.ofMinutes(15);
    static final Duration FAILURE_WINDOW = CurrentPassword.FAILURE_WINDOW;

    private final AccountRepository accounts;
    private final Passwords passwords;
    private final SessionTokens tokens;
    private final MultiFactor multiFactor;
    private final MfaChallenges challenges;
    private final RateLimiter limiter;
    private final AuditLog audit;
    private final Clock clock;
    private final AuthProperties.Limits limits;
    private final TransactionTemplate transaction;

    SignIn(AccountRepository accounts, Passwords passwords, SessionTokens tokens, MultiFactor multiFactor,
            MfaChallenges challenges, RateLimiter limiter, AuditLog audit, Clock clock, AuthProperties properties,
            PlatformTransactionManager transactionManager) {
        this.multiFactor = multiFactor;
        this.challenges = challenges;
        this.accounts = accounts;
        this.passwords = passwords;
        this.tokens = tokens;
        this.limiter = limiter;
        this.audit = audit;
        this.clock = clock;
        this.limits = properties.limits();
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /**
     * Not one transaction: a password hash takes tens of milliseconds of CPU on purpose, and a database
     * connection held through it would let a wave of sign-ins (the morning of an exam) empty the pool for
     * everyone. The checks run on their own, each write commits by itself, and only what a successful
     * sign-in writes (a rehash, the device session, its audit) is one transaction, after the hashing.
     */
    public SignInOutcome withPassword(String email, String password, String deviceLabel, String ip) {
        limiter.acquire("login:ip:" + ip, limits.loginPerIp(), IP_WINDOW);
        Optional<Account> found = EmailAddress.isValid(email)
                ? accounts.findByEmail(new EmailAddress(email)) : Optional.empty();
        if (found.isEmpty()) {
            passwords.spendTheTimeOfACheck(password == null ? "" : password);
            audit.record(AuditEvent.security("login.failed", null, null, Map.of("reason", "unknown e-mail")));
            throw wrongCredentials();
        }
        Account account = found.get();
        String failures = CurrentPassword.failuresOf(account);
        if (limiter.count(failures, FAILURE_WINDOW) >= limits.failedLoginsPerAccount()) {
            passwords.spendTheTimeOfACheck(password == null ? "" : password);
            audit.record(AuditEvent.security("login.locked", null, account.id(), Map.of()));
            throw new TooManyRequestsException(FAILURE_WINDOW);
        }
        if (!passwords.matches(password == null ? "" : password, account.passwordHash())) {
            limiter.increment(failures, FAILURE_WINDOW);
            audit.record(AuditEvent.security("login.failed", null, account.id(), Map.of("reason", "wrong password")));
            throw wrongCredentials();
        }
        if (account.isDisabled()) {
            audit.record(AuditEvent.security("login.refused", account.id(), account.id(), Map.of("reason", "disabled")));
            throw new ProblemException(HttpStatus.FORBIDDEN, "account-disabled", "This account is disabled.");
        }
        if (!account.isVerified()) {
            audit.record(AuditEvent.security("login.refused", account.id(), account.id(),
                    Map.of("reason", "e-mail not verified")));
            throw new ProblemException(HttpStatus.FORBIDDEN, "email-not-verified",
                    "Confirm your e-mail address first: follow the link we sent you, or ask for a new one.");
        }
        limiter.reset(failures);
        String rehashed = passwords.needsRehash(account.passwordHash()) ? passwords.hash(password) : null;
        return transaction.execute(status -> {
            if (rehashed != null) {
                accounts.changePasswordHash(account.id(), rehashed, clock.instant());
                audit.record(AuditEvent.security("password.rehashed", account.id(), account.id(), Map.of()));
            }
            if (multiFactor.isEnabled(account.id())) {
                audit.record(AuditEvent.security("login.mfa-challenged", account.id(), account.id(), Map.of()));
                return new MfaRequired(true, challenges.start(account.id(), deviceLabel, ip),
                        MfaChallenges.LIFETIME.toSeconds());
            }
            return started(account, deviceLabel, ip);
        });
    }

    /** Signs in to an account a provider vouched for; MFA, where on, is still asked for. */
    @Transactional
    public SignInOutcome withProvider(Account account, String provider, String deviceLabel, String ip) {
        audit.record(AuditEvent.security("login.provider", account.id(), account.id(), Map.of("provider", provider)));
        if (multiFactor.isEnabled(account.id())) {
            return new MfaRequired(true, challenges.start(account.id(), deviceLabel, ip),
                    MfaChallenges.LIFETIME.toSeconds());
        }
        return started(account, deviceLabel, ip);
    }

    /** Completes a sign-in that was waiting for its second factor. */
    @Transactional(noRollbackFor = ProblemException.class)
    public TokenPair withSecondFactor(String challengeToken, String code, String ip) {
        limiter.acquire("mfa:ip:" + ip, limits.loginPerIp(), IP_WINDOW);
        MfaChallenges.Completed completed = challenges.complete(challengeToken, code);
        Account account = accounts.findById(completed.accountId()).filter(found -> !found.isDisabled())
                .orElseThrow(() -> new ProblemException(HttpStatus.FORBIDDEN, "account-disabled", "This account is disabled."));
        return started(account, completed.deviceLabel(), completed.ip());
    }

    private TokenPair started(Account account, String deviceLabel, String ip) {
        TokenPair pair = tokens.start(account, deviceLabel, ip);
        audit.record(AuditEvent.security("login.succeeded", account.id(), account.id(), Map.of("device", deviceLabel)));
        return pair;
    }

    private static ProblemException wrongCredentials() {
        return new ProblemException(HttpStatus.UNAUTHORIZED, "invalid-credentials", "The e-mail or password is wrong.");
    }
}
