package io.revisio.identity.session;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Device sessions and their refresh tokens as stored. */
@Repository
class DeviceSessions {

    private static final String COLUMNS =
            "id, account_id, device_label, ip, created_at, last_seen_at, expires_at, revoked_at";

    private final JdbcClient jdbc;

    DeviceSessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(DeviceSession session) {
        jdbc.sql("""
                        INSERT INTO identity.device_session
                            (id, account_id, device_label, ip, created_at, last_seen_at, expires_at)
                        VALUES (:id, :account, :label, :ip, :created, :created, :expires)
                        """)
                .param("id", session.id()).param("account", session.accountId())
                .param("label", session.deviceLabel()).param("ip", session.ip())
                .param("created", Timestamp.from(session.createdAt()))
                .param("expires", Timestamp.from(session.expiresAt()))
                .update();
    }

    Optional<DeviceSession> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM identity.device_session WHERE id = :id")
                .param("id", id).query(DeviceSessions::map).optional();
    }

    List<DeviceSession> activeOf(UUID accountId, Instant now) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM identity.device_session "
                        + "WHERE account_id = :account AND revoked_at IS NULL AND expires_at > :now "
                        + "ORDER BY last_seen_at DESC")
                .param("account", accountId).param("now", Timestamp.from(now))
                .query(DeviceSessions::map).list();
    }

    void touch(UUID id, String ip, Instant now) {
        jdbc.sql("UPDATE identity.device_session SET last_seen_at = :now, ip = coalesce(:ip, ip) WHERE id = :id")
                .param("id", id).param("ip", ip).param("now", Timestamp.from(now)).update();
    }

    /** Revokes the sessions that are still active and returns their ids. */
    List<UUID> revoke(List<UUID> ids, String reason, Instant now) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        UPDATE identity.device_session SET revoked_at = :now, revoked_reason = :reason
                        WHERE id IN (:ids) AND revoked_at IS NULL
                        RETURNING id
                        """)
                .param("ids", ids).param("reason", reason).param("now", Timestamp.from(now))
                .query(UUID.class).list();
    }

    List<UUID> activeIdsOf(UUID accountId) {
        return jdbc.sql("SELECT id FROM identity.device_session WHERE account_id = :account AND revoked_at IS NULL")
                .param("account", accountId).query(UUID.class).list();
    }

    /** Sessions revoked since {@code since}: those whose access tokens may still be in use. */
    List<UUID> revokedSince(Instant since) {
        return jdbc.sql("SELECT id FROM identity.device_session WHERE revoked_at > :since")
                .param("since", Timestamp.from(since)).query(UUID.class).list();
    }

    boolean isRevoked(UUID id) {
        return jdbc.sql("SELECT revoked_at IS NOT NULL FROM identity.device_session WHERE id = :id")
                .param("id", id).query(Boolean.class).optional().orElse(true);
    }

    // --- refresh tokens

    void insertToken(UUID sessionId, byte[] hash, Instant now, Instant expires) {
        jdbc.sql("""
                        INSERT INTO identity.refresh_token (id, session_id, token_hash, issued_at, expires_at)
                        VALUES (:id, :session, :hash, :now, :expires)
                        ON CONFLICT (token_hash) DO NOTHING
                        """)
                .param("id", UUID.randomUUID()).param("session", sessionId).param("hash", hash)
                .param("now", Timestamp.from(now)).param("expires", Timestamp.from(expires))
                .update();
    }

    /** The token's row, locked so that concurrent refreshes with one token take turns. */
    Optional<StoredRefreshToken> lockToken(byte[] hash) {
        return jdbc.sql("""
                        SELECT id, session_id, expires_at, rotated_at FROM identity.refresh_token
                        WHERE token_hash = :hash FOR UPDATE
                        """)
                .param("hash", hash)
                .query((row, n) -> new StoredRefreshToken(row.getObject("id", UUID.class),
                        row.getObject("session_id", UUID.class), instant(row, "expires_at"), instant(row, "rotated_at")))
                .optional();
    }

    Optional<StoredRefreshToken> findToken(byte[] hash) {
        return jdbc.sql("SELECT id, session_id, expires_at, rotated_at FROM identity.refresh_token WHERE token_hash = :hash")
                .param("hash", hash)
                .query((row, n) -> new StoredRefreshToken(row.getObject("id", UUID.class),
                        row.getObject("session_id", UUID.class), instant(row, "expires_at"), instant(row, "rotated_at")))
                .optional();
    }

    void markRotated(UUID tokenId, Instant now) {
        jdbc.sql("UPDATE identity.refresh_token SET rotated_at = :now WHERE id = :id")
                .param("id", tokenId).param("now", Timestamp.from(now)).update();
    }

    record StoredRefreshToken(UUID id, UUID sessionId, Instant expiresAt, Instant rotatedAt) {
    }

    private static DeviceSession map(ResultSet row, int number) throws SQLException {
        return new DeviceSession(row.getObject("id", UUID.class), row.getObject("account_id", UUID.class),
                row.getString("device_label"), row.getString("ip"), instant(row, "created_at"),
                instant(row, "last_seen_at"), instant(row, "expires_at"), instant(row, "revoked_at"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
