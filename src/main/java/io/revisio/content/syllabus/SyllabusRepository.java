package io.revisio.content.syllabus;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SyllabusRepository {

    private static final String COLUMNS = "id, parent_id, level, code, name, position, enabled, version";

    /** The key of the advisory lock that serialises every structural change of the one syllabus. */
    private static final long TREE_LOCK = 0x5379_6c6c_6162_7573L; // "Syllabus"

    private final JdbcClient jdbc;

    SyllabusRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SyllabusNode> findAll() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM content.syllabus_node").query(SyllabusRepository::node).list();
    }

    /**
     * Takes the syllabus-wide lock until the transaction ends. The tree is small and edited rarely, so one
     * lock is cheap, and it rules out the races row locks alone leave open: two moves that together make a
     * cycle, or two new nodes taking the same last position.
     */
    void lockTree() {
        jdbc.sql("SELECT pg_advisory_xact_lock(:key)").param("key", TREE_LOCK).query((row, n) -> 1).list();
    }

    Optional<SyllabusNode> lock(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM content.syllabus_node WHERE id = :id FOR UPDATE")
                .param("id", id).query(SyllabusRepository::node).optional();
    }

    /** The children of a parent ({@code null}: the years) in order, locked for the transaction. */
    List<SyllabusNode> lockChildren(UUID parentId) {
        String where = parentId == null ? "parent_id IS NULL" : "parent_id = :parent";
        JdbcClient.StatementSpec sql = jdbc.sql("SELECT " + COLUMNS + " FROM content.syllabus_node WHERE " + where
                + " ORDER BY position, code FOR UPDATE");
        return (parentId == null ? sql : sql.param("parent", parentId)).query(SyllabusRepository::node).list();
    }

    boolean codeTaken(String code, UUID except) {
        return jdbc.sql("SELECT count(*) FROM content.syllabus_node WHERE code = :code AND id <> :except")
                .param("code", code).param("except", except).query(Long.class).single() > 0;
    }

    void insert(SyllabusNode node) {
        jdbc.sql("""
                        INSERT INTO content.syllabus_node (id, parent_id, level, code, name, position, enabled)
                        VALUES (:id, :parent, :level, :code, :name, :position, :enabled)
                        """)
                .param("id", node.id()).param("parent", node.parentId()).param("level", node.level().name())
                .param("code", node.code()).param("name", node.name()).param("position", node.position())
                .param("enabled", node.enabled())
                .update();
    }

    /**
     * Inserts the node unless one with its code exists; returns whether it was inserted. It goes last among
     * its siblings, which on a fresh syllabus is the position it names, and after editors deleted or moved
     * nodes keeps sibling positions dense instead of colliding with one.
     */
    boolean insertIfAbsent(SyllabusNode node) {
        return jdbc.sql("""
                        INSERT INTO content.syllabus_node (id, parent_id, level, code, name, position, enabled)
                        VALUES (:id, :parent, :level, :code, :name,
                                (SELECT count(*) FROM content.syllabus_node WHERE parent_id IS NOT DISTINCT FROM :parent),
                                :enabled)
                        ON CONFLICT (code) DO NOTHING
                        """)
                .param("id", node.id())
                .param("parent", node.parentId())
                .param("level", node.level().name())
                .param("code", node.code())
                .param("name", node.name())
                .param("enabled", node.enabled())
                .update() == 1;
    }

    void rename(UUID id, String code, String name) {
        change("code = :code, name = :name", id).param("code", code).param("name", name).update();
    }

    void moveUnder(UUID id, UUID parentId) {
        change("parent_id = :parent", id).param("parent", parentId).update();
    }

    void enable(UUID id, boolean enabled) {
        change("enabled = :enabled", id).param("enabled", enabled).update();
    }

    /** Positions are not part of the node's version: reordering siblings must not fail an open edit. */
    void place(UUID id, int position) {
        jdbc.sql("UPDATE content.syllabus_node SET position = :position WHERE id = :id AND position <> :position")
                .param("id", id).param("position", position).update();
    }

    void delete(UUID id) {
        jdbc.sql("DELETE FROM content.syllabus_node WHERE id = :id").param("id", id).update();
    }

    long countChildren(UUID id) {
        return jdbc.sql("SELECT count(*) FROM content.syllabus_node WHERE parent_id = :id")
                .param("id", id).query(Long.class).single();
    }

    private JdbcClient.StatementSpec change(String assignments, UUID id) {
        return jdbc.sql("UPDATE content.syllabus_node SET " + assignments + ", version = version + 1 WHERE id = :id")
                .param("id", id);
    }

    private static SyllabusNode node(ResultSet row, int n) throws SQLException {
        return new SyllabusNode(
                row.getObject("id", UUID.class),
                row.getObject("parent_id", UUID.class),
                SyllabusLevel.valueOf(row.getString("level")),
                row.getString("code"),
                row.getString("name"),
                row.getInt("position"),
                row.getBoolean("enabled"),
                row.getLong("version"));
    }
}
