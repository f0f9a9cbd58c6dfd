package io.revisio.content.question;

import io.revisio.platform.AuditEvent;
import io.revisio.platform.AuditLog;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Writes question changes to the audit log (category {@code content}) inside the change's transaction. */
@Component
class QuestionAudit {

    private final AuditLog log;

    QuestionAudit(AuditLog log) {
        this.log = log;
    }

    static Map<String, Object> state(VersionHead version) {
        return Map.of("version", version.number(), "state", version.state().name());
    }

    /** @param before the working version before, or null for a new question */
    void record(UUID actor, String action, UUID question, Map<String, Object> before, Map<String, Object> after) {
        Map<String, Object> details = new LinkedHashMap<>();
        if (before != null) {
            details.put("before", before);
        }
        details.put("after", after);
        log.record(new AuditEvent("content", "question." + action, actor, "question", question.toString(), details));
    }

    static Map<String, Object> edited(VersionHead version, List<String> changed) {
        return Map.of("version", version.number(), "state", version.state().name(), "changed", changed);
    }
}
