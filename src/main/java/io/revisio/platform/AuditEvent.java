package io.revisio.platform;

import java.util.Map;
import java.util.UUID;

/**
 * One audited event. The client address, request id and time are added by the log itself.
 *
 * @param category the kind of log, e.g. {@code security} or {@code content}
 * @param action what happened, e.g. {@code login.failed}
 * @param actorId who did it, or {@code null} when nobody was signed in
 * @param targetType what it was done to, e.g. {@code account}
 * @param targetId which one
 * @param details before/after values and other facts; never a secret, token or link
 */
public record AuditEvent(String category, String action, UUID actorId, String targetType, String targetId,
        Map<String, Object> details) {

    public AuditEvent {
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    public static AuditEvent security(String action, UUID actorId, UUID accountId, Map<String, Object> details) {
        return new AuditEvent("security", action, actorId, "account", accountId == null ? null : accountId.toString(),
                details);
    }
}
