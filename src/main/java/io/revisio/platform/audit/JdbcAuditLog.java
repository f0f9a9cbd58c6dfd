package io.revisio.platform.audit;

import io.revisio.platform.AuditEvent;
import io.revisio.platform.AuditLog;
import io.revisio.platform.web.RequestIds;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

@Component
class JdbcAuditLog implements AuditLog {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final JsonMapper json;

    JdbcAuditLog(JdbcClient jdbc, Clock clock, JsonMapper json) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.json = json;
    }

    @Override
    public void record(AuditEvent event) {
        HttpServletRequest request = currentRequest();
        jdbc.sql("""
                        INSERT INTO platform.audit_event
                            (id, occurred_at, category, action, actor_id, target_type, target_id, ip, request_id, details)
                        VALUES (:id, :at, :category, :action, :actor, :targetType, :targetId, :ip, :requestId,
                                CAST(:details AS jsonb))
                        """)
                .param("id", UUID.randomUUID())
                .param("at", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .param("category", event.category())
                .param("action", event.action())
                .param("actor", event.actorId())
                .param("targetType", event.targetType())
                .param("targetId", event.targetId())
                .param("ip", request == null ? null : request.getRemoteAddr())
                .param("requestId", request == null ? null : RequestIds.of(request))
                .param("details", json.writeValueAsString(event.details()))
                .update();
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }
}
