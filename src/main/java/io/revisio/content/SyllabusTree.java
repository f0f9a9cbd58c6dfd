package io.revisio.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The syllabus as a tree to walk: each node, its children in syllabus order, the year above a node and the
 * themes under it. Built from {@link SyllabusOutline#nodes()}, enabled or not.
 */
public final class SyllabusTree {

    private final Map<UUID, SyllabusOutline.Node> nodes = new HashMap<>();
    private final Map<UUID, List<SyllabusOutline.Node>> children = new HashMap<>();

    public SyllabusTree(List<SyllabusOutline.Node> outline) {
        outline.forEach(node -> nodes.put(node.id(), node));
        outline.stream()
                .sorted(Comparator.comparingInt(SyllabusOutline.Node::position).thenComparing(SyllabusOutline.Node::name))
                .forEach(node -> children.computeIfAbsent(node.parentId(), p -> new ArrayList<>()).add(node));
    }

    /** The node, or null when it is not in the syllabus. */
    public SyllabusOutline.Node node(UUID id) {
        return nodes.get(id);
    }

    /** The children of a node in syllabus order; the years for null. */
    public List<SyllabusOutline.Node> children(UUID parent) {
        return children.getOrDefault(parent, List.of());
    }

    /** The year above a node (the node itself when it is one), or null when the node is not in the syllabus. */
    public SyllabusOutline.Node yearOf(UUID id) {
        SyllabusOutline.Node node = nodes.get(id);
        for (int depth = 0; node != null && depth < 5; depth++) { // the tree is at most four levels deep
            if (node.level() == SyllabusOutline.Level.YEAR) {
                return node;
            }
            node = node.parentId() == null ? null : nodes.get(node.parentId());
        }
        return null;
    }

    /** Every theme at or under the node, in syllabus order; none when the node is not in the syllabus. */
    public List<UUID> themesUnder(UUID id) {
        List<UUID> themes = new ArrayList<>();
        collect(nodes.get(id), themes, 0);
        return themes;
    }

    private void collect(SyllabusOutline.Node node, List<UUID> themes, int depth) {
        if (node == null || depth > 4) {
            return;
        }
        if (node.level() == SyllabusOutline.Level.THEME) {
            themes.add(node.id());
            return;
        }
        children(node.id()).forEach(child -> collect(child, themes, depth + 1));
    }
}
