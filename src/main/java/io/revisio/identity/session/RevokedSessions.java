package io.revisio.identity.session;

import io.revisio.identity.AuthProperties;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The denylist of revoked device sessions that every instance checks on every request carrying an
 * access token. Redis holds it for speed; Postgres is the record. After Redis lost its data (a restart)
 * the list is reloaded from Postgres, and while Redis is unreachable the check asks Postgres directly.
 */
@Component
public class RevokedSessions {

    private static final Logger log = LoggerFactory.getLogger(RevokedSessions.class);
    private static final String PREFIX = "identity:revoked-session:";
    /** Present while Redis holds the whole list; gone after a Redis restart, which triggers a reload. */
    private static final String LOADED = "identity:revoked-sessions:loaded";

    private final StringRedisTemplate redis;
    private final DeviceSessions sessions;
    private final Clock clock;
    private final Duration tokenLifetime;
    /** Set when a revocation could not be written to Redis, so this instance reloads before trusting it. */
    private final AtomicBoolean stale = new AtomicBoolean();

    RevokedSessions(StringRedisTemplate redis, DeviceSessions sessions, Clock clock, AuthProperties properties) {
        this.redis = redis;
        this.sessions = sessions;
        this.clock = clock;
        this.tokenLifetime = properties.accessTokenLifetime();
    }

    public boolean isRevoked(UUID sessionId) {
        try {
            // One round trip on every request: the marker and the session's entry together.
            List<String> found = redis.opsForValue().multiGet(List.of(LOADED, PREFIX + sessionId));
            if (stale.get() || found == null || found.get(0) == null) {
                reload();
                return Boolean.TRUE.equals(redis.hasKey(PREFIX + sessionId));
            }
            return found.get(1) != null;
        } catch (RuntimeException e) {
            log.warn("Revocation check falls back to the database: Redis unavailable ({})", e.toString());
            return sessions.isRevoked(sessionId);
        }
    }

    /** Adds sessions to the denylist once the transaction that revoked them has committed. */
    void add(Collection<UUID> sessionIds) {
        if (sessionIds.isEmpty()) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    write(sessionIds);
                }
            });
        } else {
            write(sessionIds);
        }
    }

    private void write(Collection<UUID> sessionIds) {
        try {
            sessionIds.forEach(id -> redis.opsForValue().set(PREFIX + id, "1", tokenLifetime));
        } catch (RuntimeException e) {
            stale.set(true);
            log.warn("Revocation kept in the database only until Redis is back ({})", e.toString());
        }
    }

    private void reload() {
        stale.set(false);
        write(sessions.revokedSince(clock.instant().minus(tokenLifetime)));
        redis.opsForValue().set(LOADED, "1");
    }
}
