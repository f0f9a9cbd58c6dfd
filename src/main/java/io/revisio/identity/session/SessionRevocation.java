package io.revisio.identity.session;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Ends device sessions: in the database at once, and for access tokens through the denylist. */
@Component
public class SessionRevocation {

    private final DeviceSessions sessions;
    private final RevokedSessions revoked;
    private final Clock clock;

    SessionRevocation(DeviceSessions sessions, RevokedSessions revoked, Clock clock) {
        this.sessions = sessions;
        this.revoked = revoked;
        this.clock = clock;
    }

    @Transactional
    public List<UUID> revoke(List<UUID> sessionIds, String reason) {
        List<UUID> ended = sessions.revoke(sessionIds, reason, clock.instant());
        revoked.add(ended);
        return ended;
    }

    /** Ends every session of the account, except {@code keep} when given (the one making the change). */
    @Transactional
    public List<UUID> revokeAllOf(UUID accountId, UUID keep, String reason) {
        List<UUID> ids = sessions.activeIdsOf(accountId).stream().filter(id -> !id.equals(keep)).toList();
        return revoke(ids, reason);
    }
}
