package io.revisio.content.syllabus;

import io.revisio.content.SyllabusOutline;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The syllabus for other modules, read from the same rows staff manage. Building a test, filing a mistake and
 * drawing a page all need the whole tree, which changes rarely: so the tree read last is kept with the
 * syllabus revision it was read at (a trigger takes a new one on every change, V34), and read again only when
 * the revision moved. The revision is read before the nodes, so a change that lands in between makes the next
 * call read again rather than keep a newer tree under an older number.
 */
@Component
class SyllabusOutlineReader implements SyllabusOutline {

    private record Kept(long revision, List<Node> nodes) {
    }

    private final SyllabusRepository syllabus;
    private final JdbcClient jdbc;
    private volatile Kept kept;

    SyllabusOutlineReader(SyllabusRepository syllabus, JdbcClient jdbc) {
        this.syllabus = syllabus;
        this.jdbc = jdbc;
    }

    @Override
    public List<Node> nodes() {
        long revision = jdbc.sql("SELECT revision FROM content.syllabus_revision").query(Long.class).single();
        Kept last = kept;
        if (last != null && last.revision() == revision) {
            return last.nodes();
        }
        List<Node> nodes = syllabus.findAll().stream()
                .map(node -> new Node(node.id(), node.parentId(), Level.valueOf(node.level().name()), node.code(),
                        node.name(), node.position(), node.enabled()))
                .toList();
        kept = new Kept(revision, nodes);
        return nodes;
    }
}
