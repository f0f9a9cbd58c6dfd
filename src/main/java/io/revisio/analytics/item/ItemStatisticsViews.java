package io.revisio.analytics.item;

import io.revisio.content.SyllabusOutline;
import io.revisio.practice.DifficultyBadges.Badge;
import io.revisio.shared.web.Pager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** What the item statistics pages show; public because the compiled templates read it. */
public final class ItemStatisticsViews {

    private ItemStatisticsViews() {
    }

    /** One choice of a select; syllabus choices are indented by depth so they read as a tree. */
    public record Choice(String value, String label) {
    }

    /** The list's filters as the form shows them (as typed, so a refused value can be corrected). */
    public record Filters(boolean flagged, String node, String minAnswers, String sort, String order) {
    }

    public record Line(UUID questionId, String stem, String theme, long answers, String shareCorrect,
            String discrimination, String medianTime, String difficulty, List<String> flags) {
    }

    public record ListPage(List<Line> lines, Filters filters, List<Choice> nodes, List<Choice> sorts, Pager pager,
            String error) {
    }

    /** @param stem the Markdown of the newest answered version's stem, or null when content has none */
    public record DetailPage(UUID questionId, String stem, String theme, long answers, String shareCorrect,
            String discrimination, String medianTime, String difficulty, List<String> flags,
            List<VersionView> versions) {
    }

    public record VersionView(int number, long answers, String shareCorrect, List<OptionView> options) {
    }

    /** @param share 0 to 1, the meter's value */
    public record OptionView(String letter, String text, boolean key, long chosen, double share, String percent) {
    }

    public static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    public static String discrimination(Double value) {
        return value == null ? "not yet defined" : String.format(Locale.ROOT, "%.2f", value);
    }

    public static String duration(Long ms) {
        if (ms == null) {
            return "none";
        }
        long seconds = Math.round(ms / 1000.0);
        return seconds < 60 ? seconds + " s" : seconds / 60 + " min " + String.format(Locale.ROOT, "%02d", seconds % 60)
                + " s";
    }

    public static String difficulty(Badge badge) {
        return badge == null ? "too few answers" : badge.level() + " of 5, " + badge.label();
    }

    public static String flag(String name) {
        return switch (name) {
            case ItemFlags.NEGATIVE_DISCRIMINATION -> "negative discrimination";
            case ItemFlags.DISTRACTOR_ABOVE_KEY -> "a distractor chosen more often than the key";
            default -> name;
        };
    }

    public static String letter(int option) {
        return option < 26 ? String.valueOf((char) ('A' + option)) : String.valueOf(option + 1);
    }

    /** Every syllabus node in order, each under its parent, concepts included. */
    public static List<Choice> nodes(SyllabusOutline syllabus) {
        List<SyllabusOutline.Node> nodes = syllabus.nodes().stream()
                .sorted(Comparator.comparingInt(SyllabusOutline.Node::position).thenComparing(SyllabusOutline.Node::name))
                .toList();
        List<Choice> choices = new ArrayList<>();
        add(nodes, null, 0, choices);
        return choices;
    }

    private static void add(List<SyllabusOutline.Node> nodes, UUID parent, int depth, List<Choice> choices) {
        for (SyllabusOutline.Node node : nodes) {
            if (parent == null ? node.parentId() == null : parent.equals(node.parentId())) {
                choices.add(new Choice(node.id().toString(), "\u00a0\u00a0".repeat(depth) + node.code() + " "
                        + node.name()));
                add(nodes, node.id(), depth + 1, choices);
            }
        }
    }

    /** A shortened plain start of the stem, for a list line. */
    public static String shortStem(String stem) {
        if (stem == null) {
            return "(stem not found)";
        }
        String plain = stem.replaceAll("!\\[[^\\]]*\\]\\([^)]*\\)", "[image]").replaceAll("[*_`#>|]", "")
                .replaceAll("\\s+", " ").strip();
        return plain.length() <= 140 ? plain : plain.substring(0, 139).strip() + "…";
    }
}
