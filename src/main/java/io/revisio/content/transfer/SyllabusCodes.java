package io.revisio.content.transfer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The syllabus as files name it: node codes, read once per dry run, job or export. */
@Component
class SyllabusCodes {

    /** One syllabus node, as much as filing needs. */
    record Node(UUID id, String code, String level, UUID parentId) {
    }

    /** A snapshot of the codes, looked up both ways. */
    record Snapshot(Map<String, Node> byCode, Map<UUID, Node> byId) {

        Optional<Node> code(String code) {
            return Optional.ofNullable(code == null ? null : byCode.get(code));
        }

        String codeOf(UUID id) {
            Node node = id == null ? null : byId.get(id);
            return node == null ? null : node.code();
        }
    }

    private final JdbcClient jdbc;

    SyllabusCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Snapshot read() {
        List<Node> nodes = jdbc.sql("SELECT id, code, level, parent_id FROM content.syllabus_node")
                .query((row, n) -> new Node(row.getObject("id", UUID.class), row.getString("code"),
                        row.getString("level"), row.getObject("parent_id", UUID.class)))
                .list();
        Map<String, Node> byCode = new HashMap<>();
        Map<UUID, Node> byId = new HashMap<>();
        nodes.forEach(node -> {
            byCode.put(node.code(), node);
            byId.put(node.id(), node);
        });
        return new Snapshot(byCode, byId);
    }
}
