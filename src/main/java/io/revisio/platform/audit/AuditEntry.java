package io.revisio.platform.audit;

import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** One audit log row as admins read it; details are the JSON object the event was recorded with. */
record AuditEntry(UUID id, Instant occurredAt, String category, String action, UUID actorId, String targetType,
        String targetId, String ip, String requestId, JsonNode details) {
}
