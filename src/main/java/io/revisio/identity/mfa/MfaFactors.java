package io.revisio.identity.mfa;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** TOTP factors and backup codes as stored. */
@Repository
class MfaFactors {

    record Factor(UUID accountId, byte[] secretSealed, Instant confirmedAt, Long lastUsedStep) {
        boolean isConfirmed() {
            return confirmedAt != null;
        }
    }

    private final JdbcClient jdbc;

    MfaFactors(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Factor> find(UUID accountId) {
        return jdbc.sql("SELECT account_id, secret_sealed, confirmed_at, last_used_step FROM identity.mfa_factor "
                        + "WHERE account_id = :account")
                .param("account", accountId)
                .query((row, n) -> new Factor(row.getObject("account_id", UUID.class), row.getBytes("secret_sealed"),
                        row.getTimestamp("confirmed_at") == null ? null : row.getTimestamp("confirmed_at").toInstant(),
                        row.getObject("last_used_step") == null ? null : row.getLong("last_used_step")))
                .optional();
    }

    /** Starts (or restarts) an unconfirmed enrolment; a confirmed factor is never replaced here. */
    boolean startEnrolment(UUID accountId, byte[] secretSealed, Instant now) {
        return jdbc.sql("""
                        INSERT INTO identity.mfa_factor (account_id, secret_sealed, created_at)
                        VALUES (:account, :secret, :now)
                        ON CONFLICT (account_id) DO UPDATE
                            SET secret_sealed = excluded.secret_sealed, created_at = excluded.created_at,
                                last_used_step = NULL
                            WHERE identity.mfa_factor.confirmed_at IS NULL
                        """)
                .param("account", accountId).param("secret", secretSealed).param("now", Timestamp.from(now))
                .update() == 1;
    }

    /** Records the time step of an accepted code; false when that step (or a later one) was used already. */
    boolean useStep(UUID accountId, long step) {
        return jdbc.sql("""
                        UPDATE identity.mfa_factor SET last_used_step = :step
                        WHERE account_id = :account AND (last_used_step IS NULL OR last_used_step < :step)
                        """)
                .param("account", accountId).param("step", step).update() == 1;
    }

    void confirm(UUID accountId, Instant now) {
        jdbc.sql("UPDATE identity.mfa_factor SET confirmed_at = :now WHERE account_id = :account")
                .param("account", accountId).param("now", Timestamp.from(now)).update();
    }

    void reseal(UUID accountId, byte[] secretSealed) {
        jdbc.sql("UPDATE identity.mfa_factor SET secret_sealed = :secret WHERE account_id = :account")
                .param("account", accountId).param("secret", secretSealed).update();
    }

    void remove(UUID accountId) {
        jdbc.sql("DELETE FROM identity.mfa_backup_code WHERE account_id = :account").param("account", accountId).update();
        jdbc.sql("DELETE FROM identity.mfa_factor WHERE account_id = :account").param("account", accountId).update();
    }

    void replaceBackupCodes(UUID accountId, List<byte[]> hashes) {
        jdbc.sql("DELETE FROM identity.mfa_backup_code WHERE account_id = :account").param("account", accountId).update();
        for (byte[] hash : hashes) {
            jdbc.sql("INSERT INTO identity.mfa_backup_code (id, account_id, code_hash) VALUES (:id, :account, :hash)")
                    .param("id", UUID.randomUUID()).param("account", accountId).param("hash", hash).update();
        }
    }

    /** Uses a backup code up; false when it is unknown or was used before. */
    boolean useBackupCode(UUID accountId, byte[] hash, Instant now) {
        return jdbc.sql("""
                        UPDATE identity.mfa_backup_code SET used_at = :now
                        WHERE account_id = :account AND code_hash = :hash AND used_at IS NULL
                        """)
                .param("account", accountId).param("hash", hash).param("now", Timestamp.from(now)).update() == 1;
    }

    int unusedBackupCodes(UUID accountId) {
        return jdbc.sql("SELECT count(*) FROM identity.mfa_backup_code WHERE account_id = :account AND used_at IS NULL")
                .param("account", accountId).query(Integer.class).single();
    }
}
