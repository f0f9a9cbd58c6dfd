package io.revisio.identity.session;

import java.time.Instant;
import java.util.UUID;

/** One sign-in on one device. */
public record DeviceSession(UUID id, UUID accountId, String deviceLabel, String ip, Instant createdAt,
        Instant lastSeenAt, Instant expiresAt, Instant revokedAt) {

    public boolean isActiveAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }
}
