package io.revisio.identity.account;

import io.revisio.identity.token.RefreshTokens;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Single-use tokens sent by e-mail (verify the address, reset the password). Only hashes are stored;
 * issuing a new token of a purpose withdraws the account's older ones.
 */
@Repository
public class OneTimeTokens {

    public enum Purpose { VERIFY_EMAIL, RESET_PASSWORD }

    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();

    OneTimeTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String issue(UUID accountId, Purpose purpose, Duration lifetime, Instant now) {
        jdbc.sql("""
                        UPDATE identity.one_time_token SET used_at = :now
                        WHERE account_id = :account AND purpose = :purpose AND used_at IS NULL
                        """)
                .param("account", accountId).param("purpose", purpose.name()).param("now", Timestamp.from(now))
                .update();
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("""
                        INSERT INTO identity.one_time_token (token_hash, account_id, purpose, created_at, expires_at)
                        VALUES (:hash, :account, :purpose, :now, :expires)
                        """)
                .param("hash", RefreshTokens.hash(token))
                .param("account", accountId)
                .param("purpose", purpose.name())
                .param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(now.plus(lifetime)))
                .update();
        return token;
    }

    /** The account the token belongs to, if it is valid for the purpose; the token is not used up yet. */
    public Optional<UUID> peek(String token, Purpose purpose, Instant now) {
        return jdbc.sql("""
                        SELECT account_id FROM identity.one_time_token
                        WHERE token_hash = :hash AND purpose = :purpose AND used_at IS NULL AND expires_at > :now
                        """)
                .param("hash", RefreshTokens.hash(token == null ? "" : token))
                .param("purpose", purpose.name())
                .param("now", Timestamp.from(now))
                .query(UUID.class).optional();
    }

    /** Uses the token up and returns its account, if it was valid; a second use finds nothing. */
    public Optional<UUID> consume(String token, Purpose purpose, Instant now) {
        return jdbc.sql("""
                        UPDATE identity.one_time_token SET used_at = :now
                        WHERE token_hash = :hash AND purpose = :purpose AND used_at IS NULL AND expires_at > :now
                        RETURNING account_id
                        """)
                .param("hash", RefreshTokens.hash(token == null ? "" : token))
                .param("purpose", purpose.name())
                .param("now", Timestamp.from(now))
                .query(UUID.class).optional();
    }
}
