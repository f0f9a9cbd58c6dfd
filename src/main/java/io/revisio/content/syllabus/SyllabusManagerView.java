package io.revisio.content.syllabus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the syllabus manager shows (public, as templates compile into another package): the tree as rows
 * in reading order, each with what its forms need.
 *
 * @param editor  whether the viewer may change the syllabus (reviewers see it read-only)
 * @param refused the id of the node a refused change concerned, whose row is marked
 */
public record SyllabusManagerView(List<Row> rows, boolean editor, String done, String error, String refused) {

    /**
     * One node.
     *
     * @param depth      0 for a year, 3 for a concept
     * @param upOrder    the ids of its siblings in order with this node one place up, or null when first
     * @param downOrder  likewise one place down, or null when last
     * @param childLevel the level of a new child, or null for a concept
     * @param parents    where the node may be moved: the nodes of its parent's level
     */
    public record Row(String id, int depth, String level, String code, String name, boolean enabled,
            boolean shownToStudents, long version, boolean hasChildren, List<String> upOrder,
            List<String> downOrder, String childLevel, String parentId, List<Choice> parents) {
    }

    public record Choice(String id, String label) {
    }

    static SyllabusManagerView of(List<SyllabusNode> nodes, boolean editor, String done, String error,
            String refused) {
        StaffSyllabus tree = StaffSyllabus.of(nodes);
        List<Row> rows = new ArrayList<>();
        add(rows, tree.years(), 0, nodes);
        return new SyllabusManagerView(rows, editor, done, error, refused);
    }

    private static void add(List<Row> rows, List<StaffSyllabus.Branch> siblings, int depth, List<SyllabusNode> all) {
        List<String> order = siblings.stream().map(branch -> branch.id().toString()).toList();
        for (int i = 0; i < siblings.size(); i++) {
            StaffSyllabus.Branch node = siblings.get(i);
            SyllabusLevel parentLevel = node.level() == SyllabusLevel.YEAR ? null
                    : SyllabusLevel.values()[node.level().ordinal() - 1];
            List<Choice> parents = parentLevel == null ? List.of() : all.stream()
                    .filter(candidate -> candidate.level() == parentLevel)
                    .map(candidate -> new Choice(candidate.id().toString(), candidate.code() + " — " + candidate.name()))
                    .sorted(java.util.Comparator.comparing(Choice::label)).toList();
            rows.add(new Row(node.id().toString(), depth, lower(node.level()), node.code(), node.name(),
                    node.enabled(), node.shownToStudents(), node.version(), !node.children().isEmpty(),
                    i == 0 ? null : swapped(order, i - 1), i == siblings.size() - 1 ? null : swapped(order, i),
                    node.level().mayHaveChildren() ? lower(node.level().childLevel()) : null,
                    node.parentId() == null ? null : node.parentId().toString(), parents));
            add(rows, node.children(), depth + 1, all);
        }
    }

    /** The order with the entries at {@code at} and {@code at + 1} swapped. */
    private static List<String> swapped(List<String> order, int at) {
        List<String> copy = new ArrayList<>(order);
        copy.set(at, order.get(at + 1));
        copy.set(at + 1, order.get(at));
        return copy;
    }

    private static String lower(SyllabusLevel level) {
        return level.name().toLowerCase(Locale.ROOT);
    }
}
