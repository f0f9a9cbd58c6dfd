package io.revisio.identity.account;

import io.revisio.identity.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class AccountRepository {

    private static final String COLUMNS =
            "id, email, display_name, password_hash, role, email_verified_at, disabled_at, created_at";

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Account> findByEmail(EmailAddress email) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM identity.account WHERE email_key = :key")
                .param("key", email.key()).query(AccountRepository::map).optional();
    }

    public Optional<Account> findById(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM identity.account WHERE id = :id")
                .param("id", id).query(AccountRepository::map).optional();
    }

    /**
     * The account, locked against concurrent changes until the transaction ends: a session started under
     * this lock is either seen by an admin's disable or role change, or sees its result.
     */
    public Optional<Account> findForSignIn(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM identity.account WHERE id = :id FOR SHARE")
                .param("id", id).query(AccountRepository::map).optional();
    }

    /** Inserts the account unless its e-mail is taken; returns whether it was inserted. */
    public boolean insert(Account account, Instant now) {
        return jdbc.sql("""
                        INSERT INTO identity.account (id, email, email_key, display_name, password_hash, role,
                                                      email_verified_at, created_at, updated_at)
                        VALUES (:id, :email, :key, :name, :hash, :role, :verified, :now, :now)
                        ON CONFLICT (email_key) DO NOTHING
                        """)
                .param("id", account.id())
                .param("email", account.email().value())
                .param("key", account.email().key())
                .param("name", account.displayName())
                .param("hash", account.passwordHash())
                .param("role", account.role().name())
                .param("verified", timestamp(account.emailVerifiedAt()))
                .param("now", timestamp(now))
                .update() == 1;
    }

    public void markVerified(UUID id, Instant now) {
        jdbc.sql("""
                        UPDATE identity.account SET email_verified_at = coalesce(email_verified_at, :now),
                                                    updated_at = :now
                        WHERE id = :id
                        """)
                .param("id", id).param("now", timestamp(now)).update();
    }

    /** Moves the account to a new (already proven) address; false when another account has it. */
    public boolean changeEmail(UUID id, EmailAddress email, Instant now) {
        return jdbc.sql("""
                        UPDATE identity.account SET email = :email, email_key = :key, email_verified_at = :now,
                                                    updated_at = :now
                        WHERE id = :id AND NOT EXISTS (
                            SELECT 1 FROM identity.account other WHERE other.email_key = :key AND other.id <> :id)
                        """)
                .param("id", id).param("email", email.value()).param("key", email.key()).param("now", timestamp(now))
                .update() == 1;
    }

    public void rename(UUID id, String displayName, Instant now) {
        jdbc.sql("UPDATE identity.account SET display_name = :name, updated_at = :now WHERE id = :id")
                .param("id", id).param("name", displayName).param("now", timestamp(now)).update();
    }

    public void changePasswordHash(UUID id, String hash, Instant now) {
        jdbc.sql("UPDATE identity.account SET password_hash = :hash, updated_at = :now WHERE id = :id")
                .param("id", id).param("hash", hash).param("now", timestamp(now)).update();
    }

    static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Account map(ResultSet row, int number) throws SQLException {
        return new Account(
                row.getObject("id", UUID.class),
                new EmailAddress(row.getString("email")),
                row.getString("display_name"),
                row.getString("password_hash"),
                Role.valueOf(row.getString("role")),
                instant(row, "email_verified_at"),
                instant(row, "disabled_at"),
                instant(row, "created_at"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
