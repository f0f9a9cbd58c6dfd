package io.revisio.content.syllabus;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SyllabusRepository {

    private final JdbcClient jdbc;

    SyllabusRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SyllabusNode> findAll() {
        return jdbc.sql("""
                        SELECT id, parent_id, level, code, name, position, enabled
                        FROM content.syllabus_node
                        """)
                .query((row, n) -> new SyllabusNode(
                        row.getObject("id", java.util.UUID.class),
                        row.getObject("parent_id", java.util.UUID.class),
                        SyllabusLevel.valueOf(row.getString("level")),
                        row.getString("code"),
                        row.getString("name"),
                        row.getInt("position"),
                        row.getBoolean("enabled")))
                .list();
    }

    /** Inserts the node unless one with its code exists; returns whether it was inserted. */
    boolean insertIfAbsent(SyllabusNode node) {
        return jdbc.sql("""
                        INSERT INTO content.syllabus_node (id, parent_id, level, code, name, position, enabled)
                        VALUES (:id, :parent, :level, :code, :name, :position, :enabled)
                        ON CONFLICT (code) DO NOTHING
                        """)
                .param("id", node.id())
                .param("parent", node.parentId())
                .param("level", node.level().name())
                .param("code", node.code())
                .param("name", node.name())
                .param("position", node.position())
                .param("enabled", node.enabled())
                .update() == 1;
    }
}
