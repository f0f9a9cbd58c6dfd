package io.revisio.identity.session;

import io.revisio.platform.AuditEvent;
import io.revisio.platform.AuditLog;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A signed-in user's own device sessions: list them, end one, this one, or all of them. */
@Component
public class AccountSessions {

    private final DeviceSessions sessions;
    private final SessionRevocation revocation;
    private final AuditLog audit;
    private final Clock clock;

    AccountSessions(DeviceSessions sessions, SessionRevocation revocation, AuditLog audit, Clock clock) {
        this.sessions = sessions;
        this.revocation = revocation;
        this.audit = audit;
        this.clock = clock;
    }

    public List<DeviceSession> list(UUID accountId) {
        return sessions.activeOf(accountId, clock.instant());
    }

    /** Ends one of the account's sessions; false when the account has no such active session. */
    @Transactional
    public boolean end(UUID accountId, UUID sessionId, String why) {
        boolean owned = sessions.find(sessionId)
                .filter(session -> session.accountId().equals(accountId) && session.isActiveAt(clock.instant()))
                .isPresent();
        if (owned) {
            revocation.revoke(List.of(sessionId), why);
            audit.record(AuditEvent.security("session.revoked", accountId, accountId,
                    Map.of("sessionId", sessionId.toString(), "reason", why)));
        }
        return owned;
    }

    @Transactional
    public int endAll(UUID accountId) {
        List<UUID> ended = revocation.revokeAllOf(accountId, null, "signed out everywhere");
        audit.record(AuditEvent.security("session.revoked-all", accountId, accountId, Map.of("count", ended.size())));
        return ended.size();
    }
}
