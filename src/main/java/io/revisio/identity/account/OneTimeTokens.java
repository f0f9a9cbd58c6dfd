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

    public enum Purpose { VERIFY_EMAIL, RESET_PASSWORD, CHANGE_EMAIL }

    /** A confirmed request to change an account's address to {@code newEmail}. */
    public record EmailChange(UUID accountId, String newEmail) {
    }

    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();

    OneTimeTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String issue(UUID accountId, Purpose purpose, Duration lifetime, Instant now) {
        return issue(accountId, purpose, null, lifetime, now);
    }

    public String issueEmailChange(UUID accountId, EmailAddress newEmail, Duration lifetime, Instant now) {
        return issue(accountId, Purpose.CHANGE_EMAIL, newEmail.value(), lifetime, now);
    }

    private String issue(UUID accountId, Purpose purpose, String newEmail, Duration lifetime, Instant now) {
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
                        INSERT INTO identity.one_time_token (token_hash, account_id, purpose, new_email, created_at,
                                                             expires_at)
                        VALUES (:hash, :account, :purpose, :newEmail, :now, :expires)
                        """)
                .param("newEmail", newEmail)
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

    /** Uses an e-mail change token up, if it was valid. */
    public Optional<EmailChange> consumeEmailChange(String token, Instant now) {
        return jdbc.sql("""
                        UPDATE identity.one_time_token SET used_at = :now
                        WHERE token_hash = :hash AND purpose = 'CHANGE_EMAIL' AND used_at IS NULL AND expires_at > :now
                        RETURNING account_id, new_email
                        """)
                .param("hash", RefreshTokens.hash(token == null ? "" : token))
                .param("now", Timestamp.from(now))
                .query((row, n) -> new EmailChange(row.getObject("account_id", UUID.class), row.getString("new_email")))
                .optional();
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
