package io.revisio.content.syllabus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The syllabus as students see it: enabled nodes only, each under its parent, in order. */
public record SyllabusTree(List<Branch> years) {

    /** A node with its children. */
    public record Branch(UUID id, String code, String name, SyllabusLevel level, List<Branch> children) {
    }

    /** Builds the tree; a disabled node hides everything under it. */
    static SyllabusTree of(List<SyllabusNode> nodes) {
        Map<UUID, List<SyllabusNode>> childrenOf = new HashMap<>();
        List<SyllabusNode> roots = new ArrayList<>();
        for (SyllabusNode node : nodes) {
            if (!node.enabled()) {
                continue;
            }
            if (node.parentId() == null) {
                roots.add(node);
            } else {
                childrenOf.computeIfAbsent(node.parentId(), id -> new ArrayList<>()).add(node);
            }
        }
        return new SyllabusTree(branches(roots, childrenOf));
    }

    private static List<Branch> branches(List<SyllabusNode> nodes, Map<UUID, List<SyllabusNode>> childrenOf) {
        return nodes.stream()
                .sorted(Comparator.comparingInt(SyllabusNode::position).thenComparing(SyllabusNode::code))
                .map(node -> new Branch(node.id(), node.code(), node.name(), node.level(),
                        branches(childrenOf.getOrDefault(node.id(), List.of()), childrenOf)))
                .toList();
    }
}
