package io.revisio.content.question;

import io.revisio.shared.web.PageTimes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/** What the history page shows, as plain text for its template. */
public final class QuestionHistoryViews {

    static final String NONE = "(none)";

    private QuestionHistoryViews() {
    }

    public record VersionRow(int number, String state, String author, String createdAt, List<CommentRow> comments) {

        static VersionRow of(StoredVersion.Summary version, java.util.Map<java.util.UUID, String> names) {
            return new VersionRow(version.number(), label(version.state().name()), name(version.authorId(), names),
                    PageTimes.utc(version.createdAt()),
                    version.comments().stream().map(comment -> CommentRow.of(comment, names)).toList());
        }
    }

    public record CommentRow(String decision, String comment, String author, String at) {

        static CommentRow of(StoredVersion.ReviewComment comment, java.util.Map<java.util.UUID, String> names) {
            return new CommentRow(label(comment.decision()), comment.comment(), name(comment.authorId(), names),
                    PageTimes.utc(comment.createdAt()));
        }
    }

    /** An account's display name, or its id when the account is gone. */
    static String name(java.util.UUID account, java.util.Map<java.util.UUID, String> names) {
        return names.getOrDefault(account, account.toString());
    }

    /**
     * One field of the diff. Text fields show {@code segments}; the others show {@code before} and
     * {@code after}. {@code note} says what changed where a label alone would not (an option's answer).
     */
    public record FieldRow(String label, String status, boolean changed, boolean text, String before, String after,
            List<TextDiff.Segment> segments, String note) {
    }

    /** The two versions compared, in the order asked, and the rows to show. */
    public record DiffSection(int from, int to, long changes, List<FieldRow> rows) {
    }

    static DiffSection diff(QuestionHistory.Comparison comparison, boolean all, Map<UUID, String> nodeNames) {
        List<FieldRow> rows = new ArrayList<>();
        for (VersionDiff.FieldChange field : comparison.diff().fields()) {
            if (all || field.changed()) {
                rows.add(row(field, nodeNames));
            }
        }
        return new DiffSection(comparison.from().number(), comparison.to().number(), comparison.diff().changes(),
                rows);
    }

    private static FieldRow row(VersionDiff.FieldChange field, Map<UUID, String> names) {
        String label = fieldLabel(field.field());
        String note = null;
        if (field.field().startsWith("options[")) {
            note = optionNote(field);
        }
        return new FieldRow(label, field.status(), field.changed(), field.segments() != null,
                shown(field.before(), names), shown(field.after(), names), field.segments(), note);
    }

    private static String optionNote(VersionDiff.FieldChange field) {
        QuestionContent.Option before = (QuestionContent.Option) field.before();
        QuestionContent.Option after = (QuestionContent.Option) field.after();
        if (before == null) {
            return after.correct() ? "Added, as the correct answer." : "Added.";
        }
        if (after == null) {
            return before.correct() ? "Removed; it was the correct answer." : "Removed.";
        }
        if (before.correct() != after.correct()) {
            return after.correct() ? "Now the correct answer." : "No longer the correct answer.";
        }
        return after.correct() ? "The correct answer." : null;
    }

    static String fieldLabel(String field) {
        if (field.startsWith("options[")) {
            int position = Integer.parseInt(field.substring("options[".length(), field.length() - 1));
            return "Option " + (char) ('A' + position);
        }
        return switch (field) {
            case "stem" -> "Stem";
            case "explanation" -> "Explanation";
            case "references" -> "References";
            case "tags" -> "Tags";
            case "themeId" -> "Theme";
            case "conceptIds" -> "Concepts";
            case "difficulty" -> "Difficulty";
            case "externalId" -> "External id";
            default -> field;
        };
    }

    /** A value as people read it: syllabus nodes by code and name, lists joined, nothing as (none). */
    static String shown(Object value, Map<UUID, String> names) {
        if (value == null) {
            return NONE;
        }
        if (value instanceof UUID id) {
            return names.getOrDefault(id, id.toString());
        }
        if (value instanceof QuestionContent.SourceReference reference) {
            return reference.source() + (reference.page() == null || reference.page().isBlank() ? ""
                    : ", p. " + reference.page()) + (reference.url() == null ? "" : ", " + reference.url());
        }
        if (value instanceof QuestionContent.Option option) {
            return option.text();
        }
        if (value instanceof List<?> list) {
            return list.isEmpty() ? NONE : list.stream().map(item -> shown(item, names))
                    .collect(Collectors.joining("; "));
        }
        String text = Objects.toString(value);
        return text.isEmpty() ? NONE : text;
    }

    private static String label(String constant) {
        String words = constant.replace('_', ' ').replace('-', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
