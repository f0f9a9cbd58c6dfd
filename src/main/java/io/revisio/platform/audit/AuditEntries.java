package io.revisio.platform.audit;

import io.revisio.shared.paging.Page;
import io.revisio.shared.paging.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Reading the audit log: filtered, newest first, a page at a time. */
@Repository
class AuditEntries {

    private static final String COLUMNS =
            "id, occurred_at, category, action, actor_id, target_type, target_id, ip, request_id, details";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditEntries(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The WHERE clause is made of constant conditions only; every value from the query is bound. */
    @Transactional(readOnly = true)
    Page<AuditEntry> search(AuditQuery query) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        query.categoryFilter().ifPresent(value -> add(conditions, params, "category = :category", "category", value));
        query.actionFilter().ifPresent(value -> add(conditions, params, "action = :action", "action", value));
        if (query.actor() != null) {
            add(conditions, params, "actor_id = :actor", "actor", query.actor());
        }
        query.targetFilter().ifPresent(value -> add(conditions, params, "target_id = :target", "target", value));
        if (query.from() != null) {
            add(conditions, params, "occurred_at >= :from", "from", utc(query.from()));
        }
        if (query.to() != null) {
            add(conditions, params, "occurred_at <= :to", "to", utc(query.to()));
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);

        PageRequest paging = query.paging();
        long total = jdbc.sql("SELECT count(*) FROM platform.audit_event" + where)
                .params(params).query(Long.class).single();
        List<AuditEntry> items = jdbc.sql("SELECT " + COLUMNS + " FROM platform.audit_event" + where
                        + " ORDER BY occurred_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .params(params).param("limit", paging.size()).param("offset", paging.offset())
                .query(this::entry).list();
        return Page.of(items, paging, total);
    }

    private static void add(List<String> conditions, Map<String, Object> params, String condition, String name,
            Object value) {
        conditions.add(condition);
        params.put(name, value);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private AuditEntry entry(ResultSet row, int number) throws SQLException {
        return new AuditEntry(row.getObject("id", UUID.class),
                row.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                row.getString("category"), row.getString("action"), row.getObject("actor_id", UUID.class),
                row.getString("target_type"), row.getString("target_id"), row.getString("ip"),
                row.getString("request_id"), json.readTree(row.getString("details")));
    }
}
