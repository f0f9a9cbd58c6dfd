package io.revisio.analytics.student;

import io.revisio.content.SyllabusOutline;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The syllabus as a tree to walk: each node's parent and children, and the year a theme is under. */
final class SyllabusPlaces {

    private final Map<UUID, SyllabusOutline.Node> nodes = new HashMap<>();
    private final Map<UUID, List<SyllabusOutline.Node>> children = new HashMap<>();

    SyllabusPlaces(List<SyllabusOutline.Node> outline) {
        outline.forEach(node -> nodes.put(node.id(), node));
        outline.stream()
                .sorted(Comparator.comparingInt(SyllabusOutline.Node::position).thenComparing(SyllabusOutline.Node::name))
                .forEach(node -> children.computeIfAbsent(node.parentId(), p -> new ArrayList<>()).add(node));
    }

    SyllabusOutline.Node node(UUID id) {
        return nodes.get(id);
    }

    List<SyllabusOutline.Node> children(UUID parent) {
        return children.getOrDefault(parent, List.of());
    }

    /** The year above a node (the node itself when it is one), or null when the node is not in the syllabus. */
    SyllabusOutline.Node yearOf(UUID id) {
        SyllabusOutline.Node node = nodes.get(id);
        for (int depth = 0; node != null && depth < 5; depth++) { // the tree is at most four levels deep
            if (node.level() == SyllabusOutline.Level.YEAR) {
                return node;
            }
            node = node.parentId() == null ? null : nodes.get(node.parentId());
        }
        return null;
    }

    /** Every theme at or under the node. */
    List<UUID> themesUnder(UUID id) {
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
