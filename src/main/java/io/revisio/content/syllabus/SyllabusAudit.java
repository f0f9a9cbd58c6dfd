package io.revisio.content.syllabus;

import io.revisio.platform.AuditEvent;
import io.revisio.platform.AuditLog;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Writes syllabus changes to the audit log (category {@code content}) inside the change's transaction. */
@Component
class SyllabusAudit {

    static final String TARGET = "syllabus-node";

    private final AuditLog log;

    SyllabusAudit(AuditLog log) {
        this.log = log;
    }

    /**
     * @param target the changed node's id, or {@code "root"} for the list of years
     * @param before the state before, or null for a new node
     * @param after  the state after, or null for a deleted node
     */
    void record(UUID actor, String action, String target, Object before, Object after) {
        Map<String, Object> details = new LinkedHashMap<>();
        if (before != null) {
            details.put("before", before);
        }
        if (after != null) {
            details.put("after", after);
        }
        log.record(new AuditEvent("content", "syllabus." + action, actor, TARGET, target, details));
    }
}
