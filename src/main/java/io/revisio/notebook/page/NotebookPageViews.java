package io.revisio.notebook.page;

import io.revisio.content.SyllabusOutline;
import io.revisio.content.SyllabusOutline.Level;
import io.revisio.content.SyllabusOutline.Node;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the student's bookmarks and mistakes pages show; public because the compiled templates read it. */
public final class NotebookPageViews {

    private NotebookPageViews() {
    }

    /** One choice of a syllabus select, indented by its depth so years, blocks and themes read as a tree. */
    public record Choice(String value, String label) {
    }

    public record BookmarkLine(UUID questionId, String stem, String note, String theme) {
    }

    public record Bookmarks(List<BookmarkLine> bookmarks, List<Choice> nodes, String node, String error) {
    }

    public record MistakeLine(UUID questionId, String stem, String type, String explanation,
            Map<String, Object> measured, String theme, String madeAt, String status) {
    }

    public record Mistakes(List<MistakeLine> mistakes, List<Choice> blocks, List<Choice> themes, List<Choice> types,
            String block, String theme, String type, String status, String error) {
    }

    /** The enabled years, blocks and themes in syllabus order, each under its parent. */
    public static List<Choice> tree(SyllabusOutline syllabus, Level deepest) {
        List<Node> nodes = syllabus.nodes().stream().filter(Node::enabled)
                .sorted(Comparator.comparingInt(Node::position).thenComparing(Node::name)).toList();
        List<Choice> choices = new ArrayList<>();
        add(nodes, null, 0, deepest, choices);
        return choices;
    }

    private static void add(List<Node> nodes, UUID parent, int depth, Level deepest, List<Choice> choices) {
        for (Node node : nodes) {
            boolean child = parent == null ? node.parentId() == null && node.level() == Level.YEAR
                    : parent.equals(node.parentId());
            if (child && node.level().ordinal() <= deepest.ordinal()) {
                choices.add(new Choice(node.id().toString(), "\u00a0\u00a0".repeat(depth) + node.name()));
                add(nodes, node.id(), depth + 1, deepest, choices);
            }
        }
    }

    /** Only the nodes of one level, e.g. the blocks, in syllabus order. */
    public static List<Choice> level(SyllabusOutline syllabus, Level level) {
        return syllabus.nodes().stream().filter(node -> node.enabled() && node.level() == level)
                .sorted(Comparator.comparingInt(Node::position).thenComparing(Node::name))
                .map(node -> new Choice(node.id().toString(), node.name())).toList();
    }

    /** A shortened plain start of the stem, for a list line. */
    public static String shortStem(String stem) {
        if (stem == null) {
            return "";
        }
        String plain = stem.replaceAll("!\\[[^\\]]*\\]\\([^)]*\\)", "").replaceAll("[*_`#>]", "").strip();
        return plain.length() <= 160 ? plain : plain.substring(0, 157) + "...";
    }
}
