package io.revisio.identity.admin;

import io.revisio.identity.Role;
import io.revisio.identity.account.Account;
import io.revisio.identity.session.DeviceSession;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One account with its active device sessions, as an admin sees it. */
record UserDetails(UUID id, String email, String displayName, Role role, boolean emailVerified, boolean disabled,
        Instant createdAt, Instant disabledAt, List<ActiveSession> sessions) {

    /** A device session that is still active; what it was signed in from, never a token. */
    record ActiveSession(UUID id, String deviceLabel, String ip, Instant createdAt, Instant lastSeenAt) {
    }

    static UserDetails of(Account account, List<DeviceSession> sessions) {
        return new UserDetails(account.id(), account.email().value(), account.displayName(), account.role(),
                account.isVerified(), account.isDisabled(), account.createdAt(), account.disabledAt(),
                sessions.stream().map(session -> new ActiveSession(session.id(), session.deviceLabel(), session.ip(),
                        session.createdAt(), session.lastSeenAt())).toList());
    }
}
