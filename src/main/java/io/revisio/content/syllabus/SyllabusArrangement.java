package io.revisio.content.syllabus;

import io.revisio.shared.problem.ProblemException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where nodes sit: moving a node to another parent and reordering the children of one parent. Sibling
 * positions stay dense (0..n-1), and a change is all-or-nothing in one transaction.
 */
@Component
class SyllabusArrangement {

    static final String ROOT = "root";

    private final SyllabusRepository syllabus;
    private final SyllabusAudit audit;

    SyllabusArrangement(SyllabusRepository syllabus, SyllabusAudit audit) {
        this.syllabus = syllabus;
        this.audit = audit;
    }

    /**
     * Moves the node under {@code parentId} ({@code null}: to the top, for a year) at {@code position}
     * among its new siblings ({@code null}: last).
     */
    @Transactional
    SyllabusNode move(UUID actor, UUID id, UUID parentId, Integer position) {
        syllabus.lockTree();
        SyllabusNode before = syllabus.lock(id).orElseThrow(() -> SyllabusProblems.notFound(id));
        SyllabusLevel parentLevel = null;
        if (parentId != null) {
            parentLevel = syllabus.lock(parentId).orElseThrow(() -> SyllabusProblems.notFound(parentId)).level();
            if (new SyllabusAncestry(syllabus.findAll()).isWithinSubtreeOf(parentId, id)) {
                throw SyllabusProblems.intoOwnSubtree();
            }
        }
        if (!before.level().fitsUnder(parentLevel)) {
            throw SyllabusProblems.levelMismatch(before.level(), parentLevel);
        }
        boolean sameParent = Objects.equals(before.parentId(), parentId);
        List<SyllabusNode> siblings = new ArrayList<>(syllabus.lockChildren(parentId));
        siblings.removeIf(node -> node.id().equals(id));
        int at = position == null ? siblings.size() : position;
        if (at < 0 || at > siblings.size()) {
            throw ProblemException.invalidField("position", "Range",
                    "must be between 0 and " + siblings.size());
        }
        if (sameParent && at == before.position()) {
            return before;
        }
        siblings.add(at, before);
        if (!sameParent) {
            syllabus.moveUnder(id, parentId);
            placeInOrder(syllabus.lockChildren(before.parentId()).stream()
                    .filter(node -> !node.id().equals(id)).toList());
        }
        placeInOrder(siblings);
        SyllabusNode after = syllabus.lock(id).orElseThrow();
        audit.record(actor, "node-moved", id.toString(), before.audited(), after.audited());
        return after;
    }

    /** Puts the children of a parent in the given order, which must list exactly the current children. */
    @Transactional
    List<SyllabusNode> reorder(UUID actor, UUID parentId, List<UUID> order) {
        syllabus.lockTree();
        if (parentId != null) {
            syllabus.lock(parentId).orElseThrow(() -> SyllabusProblems.notFound(parentId));
        }
        List<SyllabusNode> children = syllabus.lockChildren(parentId);
        List<UUID> current = children.stream().map(SyllabusNode::id).toList();
        if (order.size() != current.size() || !new HashSet<>(order).equals(new HashSet<>(current))) {
            throw SyllabusProblems.childrenMismatch(current);
        }
        if (order.equals(current)) {
            return children;
        }
        Map<UUID, SyllabusNode> byId = new HashMap<>();
        children.forEach(child -> byId.put(child.id(), child));
        placeInOrder(order.stream().map(byId::get).toList());
        audit.record(actor, "children-reordered", parentId == null ? ROOT : parentId.toString(),
                Map.of("order", ids(current)), Map.of("order", ids(order)));
        return syllabus.lockChildren(parentId);
    }

    /** Gives the siblings positions 0..n-1 in list order; the deferred unique check runs at commit. */
    void placeInOrder(List<SyllabusNode> siblings) {
        for (int position = 0; position < siblings.size(); position++) {
            syllabus.place(siblings.get(position).id(), position);
        }
    }

    private static List<String> ids(List<UUID> ids) {
        return ids.stream().map(UUID::toString).toList();
    }
}
