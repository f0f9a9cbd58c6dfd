package io.revisio.content.syllabus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The whole syllabus as staff manage it: disabled nodes included, with what editing needs. */
record StaffSyllabus(List<Branch> years) {

    /**
     * @param shownToStudents false when the node or one of its ancestors is disabled
     */
    record Branch(UUID id, UUID parentId, SyllabusLevel level, String code, String name, int position,
            boolean enabled, boolean shownToStudents, long version, List<Branch> children) {
    }

    static StaffSyllabus of(List<SyllabusNode> nodes) {
        Map<UUID, List<SyllabusNode>> childrenOf = new HashMap<>();
        nodes.forEach(node -> childrenOf.computeIfAbsent(node.parentId(), id -> new ArrayList<>()).add(node));
        return new StaffSyllabus(branches(childrenOf.getOrDefault(null, List.of()), childrenOf, true));
    }

    private static List<Branch> branches(List<SyllabusNode> nodes, Map<UUID, List<SyllabusNode>> childrenOf,
            boolean parentShown) {
        return nodes.stream()
                .sorted(Comparator.comparingInt(SyllabusNode::position).thenComparing(SyllabusNode::code))
                .map(node -> {
                    boolean shown = parentShown && node.enabled();
                    return new Branch(node.id(), node.parentId(), node.level(), node.code(), node.name(),
                            node.position(), node.enabled(), shown, node.version(),
                            branches(childrenOf.getOrDefault(node.id(), List.of()), childrenOf, shown));
                })
                .toList();
    }
}
