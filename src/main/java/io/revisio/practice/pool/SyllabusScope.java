package io.revisio.practice.pool;

import io.revisio.content.SyllabusOutline;
import io.revisio.content.SyllabusOutline.Level;
import io.revisio.content.SyllabusOutline.Node;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The syllabus as students practise it: enabled nodes whose ancestors are all enabled. Expands the nodes a
 * student picks (any mix of years, blocks, themes and concepts) into the themes and concepts a question
 * must be filed under. Plain rules, no I/O.
 */
public final class SyllabusScope {

    /** The scope made last; the outline hands out the same list of nodes until the syllabus changes. */
    private static volatile SyllabusScope last;

    private final List<Node> nodes;
    private final Map<UUID, Node> shown = new HashMap<>();
    private final Map<UUID, List<Node>> childrenOf = new HashMap<>();

    /** The scope of these nodes: the one made last when they are the very same list, read-only once made. */
    public static SyllabusScope of(List<Node> nodes) {
        SyllabusScope scope = last;
        if (scope == null || scope.nodes != nodes) {
            scope = new SyllabusScope(nodes);
            last = scope;
        }
        return scope;
    }

    private SyllabusScope(List<Node> nodes) {
        this.nodes = nodes;
        Map<UUID, Node> byId = new HashMap<>();
        nodes.forEach(node -> byId.put(node.id(), node));
        for (Node node : nodes) {
            if (isShown(node, byId)) {
                shown.put(node.id(), node);
            }
        }
        shown.values().stream()
                .sorted(Comparator.comparingInt(Node::position).thenComparing(Node::code))
                .forEach(node -> childrenOf.computeIfAbsent(node.parentId(), id -> new ArrayList<>()).add(node));
        childrenOf.replaceAll((parent, children) -> List.copyOf(children));
    }

    /**
     * One picked node and what it covers: questions filed under one of {@code themes}, or, for a concept,
     * questions of its theme that name the concept.
     */
    public record Target(Node node, Set<UUID> themes, UUID concept) {

        public boolean covers(UUID themeId, List<UUID> conceptIds) {
            return themes.contains(themeId) && (concept == null || conceptIds.contains(concept));
        }
    }

    public Optional<Node> node(UUID id) {
        return Optional.ofNullable(shown.get(id));
    }

    public List<Node> children(UUID parentId) {
        return childrenOf.getOrDefault(parentId, List.of());
    }

    /** The block a theme sits in (null for a theme no longer shown). */
    public UUID blockOf(UUID themeId) {
        Node theme = shown.get(themeId);
        return theme == null ? null : theme.parentId();
    }

    /**
     * The targets of the picked nodes, in the order picked: a node inside another picked node is already
     * covered by it and is dropped. No picked node means the whole syllabus, one target per year.
     * Returns empty when a picked node is unknown or hidden from students.
     */
    public Optional<List<Target>> targets(List<UUID> picked) {
        List<UUID> ids = picked.isEmpty() ? children(null).stream().map(Node::id).toList()
                : List.copyOf(new LinkedHashSet<>(picked));
        if (!ids.stream().allMatch(shown::containsKey)) {
            return Optional.empty();
        }
        Set<UUID> chosen = Set.copyOf(ids);
        List<Target> targets = new ArrayList<>();
        for (UUID id : ids) {
            Node node = shown.get(id);
            if (hasPickedAncestor(node, chosen)) {
                continue;
            }
            if (node.level() == Level.CONCEPT) {
                targets.add(new Target(node, Set.of(node.parentId()), node.id()));
            } else {
                Set<UUID> themes = new LinkedHashSet<>();
                collectThemes(node, themes);
                targets.add(new Target(node, themes, null));
            }
        }
        return Optional.of(targets);
    }

    /** Every theme students see. */
    public Set<UUID> allThemes() {
        Set<UUID> themes = new LinkedHashSet<>();
        children(null).forEach(year -> collectThemes(year, themes));
        return themes;
    }

    private void collectThemes(Node node, Set<UUID> themes) {
        if (node.level() == Level.THEME) {
            themes.add(node.id());
            return;
        }
        children(node.id()).forEach(child -> collectThemes(child, themes));
    }

    private boolean hasPickedAncestor(Node node, Set<UUID> chosen) {
        for (UUID parent = node.parentId(); parent != null; parent = shown.get(parent).parentId()) {
            if (chosen.contains(parent)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isShown(Node node, Map<UUID, Node> byId) {
        for (Node at = node; at != null; at = at.parentId() == null ? null : byId.get(at.parentId())) {
            if (!at.enabled()) {
                return false;
            }
            if (at.parentId() != null && !byId.containsKey(at.parentId())) {
                return false;
            }
        }
        return true;
    }
}
