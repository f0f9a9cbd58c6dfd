package io.revisio.identity.mfa;

import io.revisio.identity.account.Account;
import io.revisio.platform.AuditEvent;
import io.revisio.platform.AuditLog;
import io.revisio.platform.RateLimiter;
import io.revisio.shared.problem.ProblemException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * TOTP second factor: enrolment (secret shown once, as text and QR code), confirmation by a first code,
 * ten single-use backup codes, checking a code (never the same one twice, attempts limited), and
 * switching it off with a code.
 */
@Component
public class MultiFactor {

    static final String ISSUER = "Revisio";
    static final int CHECKS_PER_WINDOW = 10;
    static final Duration CHECK_WINDOW = Duration.ofMinutes(15);

    /** What an authenticator app needs to start producing codes. */
    public record Enrolment(String secret, String otpauthUri, String qrCode) {
    }

    private final MfaFactors factors;
    private final SealedSecrets sealed;
    private final BackupCodes backupCodes;
    private final RateLimiter limiter;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    MultiFactor(MfaFactors factors, SealedSecrets sealed, BackupCodes backupCodes, RateLimiter limiter,
            AuditLog audit, Clock clock) {
        this.factors = factors;
        this.sealed = sealed;
        this.backupCodes = backupCodes;
        this.limiter = limiter;
        this.audit = audit;
        this.clock = clock;
    }

    public boolean isEnabled(UUID accountId) {
        return factors.find(accountId).map(MfaFactors.Factor::isConfirmed).orElse(false);
    }

    public int backupCodesLeft(UUID accountId) {
        return factors.unusedBackupCodes(accountId);
    }

    @Transactional
    public Enrolment enrol(Account account) {
        byte[] secret = new byte[20];
        random.nextBytes(secret);
        if (!factors.startEnrolment(account.id(), sealed.seal(secret), clock.instant())) {
            throw new ProblemException(HttpStatus.CONFLICT, "mfa-already-enabled",
                    "Two-factor sign-in is already on. Switch it off first to enrol a new device.");
        }
        String base32 = Base32.encode(secret);
        String label = URLEncoder.encode(ISSUER + ":" + account.email().value(), StandardCharsets.UTF_8).replace("+", "%20");
        String uri = "otpauth://totp/" + label + "?secret=" + base32 + "&issuer=" + ISSUER
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
        audit.record(AuditEvent.security("mfa.enrolment-started", account.id(), account.id(), Map.of()));
        return new Enrolment(base32, uri, QrCodes.pngDataUri(uri));
    }

    /** Confirms the enrolment with a first code and returns the backup codes, shown this once. */
    @Transactional(noRollbackFor = ProblemException.class)
    public List<String> confirm(UUID accountId, String code) {
        MfaFactors.Factor factor = factors.find(accountId).filter(found -> !found.isConfirmed())
                .orElseThrow(() -> new ProblemException(HttpStatus.CONFLICT, "mfa-not-enrolling",
                        "There is no enrolment to confirm. Start one first."));
        limiter.acquire("mfa:account:" + accountId, CHECKS_PER_WINDOW, CHECK_WINDOW);
        if (!acceptTotp(factor, code)) {
            throw invalidCode();
        }
        factors.confirm(accountId, clock.instant());
        List<String> codes = backupCodes.generate();
        factors.replaceBackupCodes(accountId, codes.stream().map(backupCodes::hash).toList());
        audit.record(AuditEvent.security("mfa.enabled", accountId, accountId, Map.of()));
        return codes;
    }

    @Transactional(noRollbackFor = ProblemException.class)
    public void disable(UUID accountId, String code) {
        if (!isEnabled(accountId)) {
            throw new ProblemException(HttpStatus.CONFLICT, "mfa-not-enabled", "Two-factor sign-in is not on.");
        }
        if (!check(accountId, code)) {
            throw invalidCode();
        }
        factors.remove(accountId);
        audit.record(AuditEvent.security("mfa.disabled", accountId, accountId, Map.of()));
    }

    /**
     * Whether the code (from the app, or a backup code) proves the second factor. Each code works once,
     * and an account gets a limited number of checks per quarter hour.
     */
    @Transactional(noRollbackFor = ProblemException.class)
    public boolean check(UUID accountId, String code) {
        MfaFactors.Factor factor = factors.find(accountId).filter(MfaFactors.Factor::isConfirmed).orElse(null);
        if (factor == null) {
            return false;
        }
        limiter.acquire("mfa:account:" + accountId, CHECKS_PER_WINDOW, CHECK_WINDOW);
        boolean accepted;
        if (BackupCodes.looksLikeOne(code)) {
            accepted = factors.useBackupCode(accountId, backupCodes.hash(code), clock.instant());
            if (accepted) {
                audit.record(AuditEvent.security("mfa.backup-code-used", accountId, accountId,
                        Map.of("left", factors.unusedBackupCodes(accountId))));
            }
        } else {
            accepted = acceptTotp(factor, code);
        }
        if (!accepted) {
            audit.record(AuditEvent.security("mfa.failed", null, accountId, Map.of()));
        }
        return accepted;
    }

    private boolean acceptTotp(MfaFactors.Factor factor, String code) {
        byte[] secret = sealed.open(factor.secretSealed());
        Instant now = clock.instant();
        OptionalLong step = Totp.matchingStep(secret, code == null ? null : code.trim(), now);
        if (step.isEmpty() || !factors.useStep(factor.accountId(), step.getAsLong())) {
            return false;
        }
        if (!sealed.isSealedWithCurrentKey(factor.secretSealed())) {
            factors.reseal(factor.accountId(), sealed.seal(secret)); // finishes a key rotation lazily
        }
        return true;
    }

    static ProblemException invalidCode() {
        return new ProblemException(HttpStatus.BAD_REQUEST, "invalid-mfa-code", "The code is not valid. Try the next one.");
    }
}
