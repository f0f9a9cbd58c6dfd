package io.revisio.content.syllabus;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.content.SyllabusOutline;
import io.revisio.content.SyllabusOutline.Node;
import io.revisio.identity.Role;
import io.revisio.testing.Api;
import io.revisio.testing.IntegrationTest;
import io.revisio.testing.SignedInUsers;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outline other modules read keeps the tree it read until the syllabus changes: the same tree while
 * nothing changes, a fresh one after any change, whether made through the admin API or by SQL, and never a
 * change that was rolled back.
 */
@IntegrationTest
class SyllabusOutlineReaderTest {

    @Autowired
    SyllabusOutline outline;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedInUsers users;

    String prefix;

    @BeforeEach
    void setUp() {
        prefix = "O" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase() + "-";
    }

    @Test
    void keepsTheTreeUntilTheSyllabusChanges() {
        List<Node> before = outline.nodes();
        assertThat(outline.nodes()).as("nothing changed: the tree kept").isSameAs(before);

        Api.Response created = new Api(mvc).post(SyllabusAdminApiTest.NODES, "{\"parentId\":null,\"level\":\"year\","
                + "\"code\":\"" + prefix + "Y\",\"name\":\"Year of the outline\"}", users.as(Role.EDITOR).accessToken());
        assertThat(created.status()).isEqualTo(201);
        UUID year = UUID.fromString(created.json("$.id"));
        List<Node> afterCreate = outline.nodes();
        assertThat(afterCreate).isNotSameAs(before).extracting(Node::id).contains(year);
        assertThat(outline.nodes()).isSameAs(afterCreate);

        jdbc.sql("UPDATE content.syllabus_node SET name = 'Renamed', enabled = false WHERE id = :id")
                .param("id", year).update();
        Node renamed = node(outline.nodes(), year);
        assertThat(renamed.name()).isEqualTo("Renamed");
        assertThat(renamed.enabled()).isFalse();

        jdbc.sql("DELETE FROM content.syllabus_node WHERE id = :id").param("id", year).update();
        assertThat(outline.nodes()).extracting(Node::id).doesNotContain(year);
    }

    @Test
    void aRolledBackChangeIsNeverTakenForALaterOne() {
        UUID rolledBack = UUID.randomUUID();
        transactions.executeWithoutResult(status -> {
            insertYear(rolledBack, "R");
            assertThat(outline.nodes()).as("seen inside its own transaction").extracting(Node::id)
                    .contains(rolledBack);
            status.setRollbackOnly();
        });
        // No read in between: the tree read inside the rolled-back transaction is still the one kept.
        UUID committed = UUID.randomUUID();
        insertYear(committed, "C");
        assertThat(outline.nodes()).extracting(Node::id).contains(committed).doesNotContain(rolledBack);
        jdbc.sql("DELETE FROM content.syllabus_node WHERE id = :id").param("id", committed).update();
    }

    private void insertYear(UUID id, String code) {
        jdbc.sql("""
                        INSERT INTO content.syllabus_node (id, parent_id, level, code, name, position)
                        VALUES (:id, NULL, 'YEAR', :code, 'Outline year',
                                (SELECT coalesce(max(position), -1) + 1 FROM content.syllabus_node WHERE parent_id IS NULL))
                        """)
                .param("id", id).param("code", prefix + code).update();
    }

    private static Node node(List<Node> nodes, UUID id) {
        return nodes.stream().filter(node -> node.id().equals(id)).findFirst().orElseThrow();
    }
}
