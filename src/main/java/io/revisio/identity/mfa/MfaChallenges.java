package io.revisio.identity.mfa;

import io.revisio.identity.token.RefreshTokens;
import io.revisio.shared.problem.ProblemException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The step between a right password and the tokens for an account with MFA: a short-lived challenge
 * (5 minutes, 5 attempts) that only a valid second factor completes.
 */
@Component
public class MfaChallenges {

    public static final Duration LIFETIME = Duration.ofMinutes(5);
    static final int ATTEMPTS = 5;

    /** Who completed a challenge, and from which device it was started. */
    public record Completed(UUID accountId, String deviceLabel, String ip) {
    }

    private final JdbcClient jdbc;
    private final MultiFactor multiFactor;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    MfaChallenges(JdbcClient jdbc, MultiFactor multiFactor, Clock clock) {
        this.jdbc = jdbc;
        this.multiFactor = multiFactor;
        this.clock = clock;
    }

    public String start(UUID accountId, String deviceLabel, String ip) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        jdbc.sql("""
                        INSERT INTO identity.mfa_challenge (token_hash, account_id, device_label, ip, created_at, expires_at)
                        VALUES (:hash, :account, :label, :ip, :now, :expires)
                        """)
                .param("hash", RefreshTokens.hash(token)).param("account", accountId).param("label", deviceLabel)
                .param("ip", ip).param("now", Timestamp.from(now)).param("expires", Timestamp.from(now.plus(LIFETIME)))
                .update();
        return token;
    }

    @Transactional(noRollbackFor = ProblemException.class)
    public Completed complete(String token, String code) {
        Instant now = clock.instant();
        var challenge = jdbc.sql("""
                        SELECT account_id, device_label, ip, expires_at, attempts, completed_at
                        FROM identity.mfa_challenge WHERE token_hash = :hash FOR UPDATE
                        """)
                .param("hash", RefreshTokens.hash(token == null ? "" : token))
                .query((row, n) -> new Pending(row.getObject("account_id", UUID.class), row.getString("device_label"),
                        row.getString("ip"), row.getTimestamp("expires_at").toInstant(), row.getInt("attempts"),
                        row.getTimestamp("completed_at") != null))
                .optional()
                .filter(pending -> !pending.completed() && now.isBefore(pending.expiresAt())
                        && pending.attempts() < ATTEMPTS)
                .orElseThrow(() -> new ProblemException(HttpStatus.UNAUTHORIZED, "invalid-mfa-challenge",
                        "This sign-in has expired. Sign in again."));
        jdbc.sql("UPDATE identity.mfa_challenge SET attempts = attempts + 1 WHERE token_hash = :hash")
                .param("hash", RefreshTokens.hash(token)).update();
        if (!multiFactor.check(challenge.accountId(), code)) {
            throw MultiFactor.invalidCode();
        }
        jdbc.sql("UPDATE identity.mfa_challenge SET completed_at = :now WHERE token_hash = :hash")
                .param("hash", RefreshTokens.hash(token)).param("now", Timestamp.from(now)).update();
        return new Completed(challenge.accountId(), challenge.deviceLabel(), challenge.ip());
    }

    private record Pending(UUID accountId, String deviceLabel, String ip, Instant expiresAt, int attempts,
            boolean completed) {
    }
}
