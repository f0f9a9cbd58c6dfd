package io.revisio.content.search;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The syllabus as the node picker lists it: every node, depth first, each indented under its parent. */
@Repository
class SyllabusChoices {

    private final JdbcClient jdbc;

    SyllabusChoices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<QuestionListViews.NodeChoice> all() {
        return jdbc.sql("""
                        WITH RECURSIVE tree AS (
                            SELECT id, code, name, 0 AS depth, ARRAY[position, 0] AS path
                            FROM content.syllabus_node WHERE parent_id IS NULL
                            UNION ALL
                            SELECT n.id, n.code, n.name, tree.depth + 1, tree.path || ARRAY[n.position, 0]
                            FROM content.syllabus_node n JOIN tree ON n.parent_id = tree.id)
                        SELECT id, code, name, depth FROM tree ORDER BY path, code
                        """)
                .query((row, n) -> new QuestionListViews.NodeChoice(row.getObject("id", UUID.class),
                        row.getString("name") + " (" + row.getString("code") + ")", row.getInt("depth")))
                .list();
    }
}
