package io.revisio.content.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Field by field, what changed from one version's content to another's. Options are compared by position,
 * their text and which one is correct; an option only one side has is added or removed. Long texts (stem,
 * explanation, option text) also carry a word-level {@link TextDiff}.
 */
record VersionDiff(List<FieldChange> fields) {

    static final String UNCHANGED = "unchanged";
    static final String CHANGED = "changed";
    static final String ADDED = "added";
    static final String REMOVED = "removed";

    /**
     * One field: {@code status} is unchanged, changed, added or removed (the last two for options only).
     *
     * @param parts    for an option that changed, which of its {@code text} and {@code correct} did
     * @param segments for long text, the word-level runs from before to after; null for other fields
     */
    record FieldChange(String field, String status, boolean changed, Object before, Object after,
            List<String> parts, List<TextDiff.Segment> segments) {

        static FieldChange value(String field, Object before, Object after) {
            String status = Objects.equals(before, after) ? UNCHANGED : CHANGED;
            return new FieldChange(field, status, !status.equals(UNCHANGED), before, after, List.of(), null);
        }

        static FieldChange text(String field, String before, String after) {
            FieldChange change = value(field, before, after);
            return new FieldChange(field, change.status, change.changed, before, after, List.of(),
                    TextDiff.between(before, after));
        }
    }

    static VersionDiff between(QuestionContent before, QuestionContent after) {
        List<FieldChange> fields = new ArrayList<>();
        fields.add(FieldChange.text("stem", before.stem(), after.stem()));
        int options = Math.max(before.options().size(), after.options().size());
        for (int position = 0; position < options; position++) {
            fields.add(option(position, at(before.options(), position), at(after.options(), position)));
        }
        fields.add(FieldChange.text("explanation", before.explanation(), after.explanation()));
        fields.add(FieldChange.value("references", before.references(), after.references()));
        fields.add(FieldChange.value("tags", before.tags(), after.tags()));
        fields.add(FieldChange.value("themeId", before.themeId(), after.themeId()));
        fields.add(FieldChange.value("conceptIds", before.conceptIds(), after.conceptIds()));
        fields.add(FieldChange.value("difficulty", before.difficulty(), after.difficulty()));
        fields.add(FieldChange.value("externalId", before.externalId(), after.externalId()));
        return new VersionDiff(List.copyOf(fields));
    }

    /** How many fields changed; zero for the same version on both sides. */
    long changes() {
        return fields.stream().filter(FieldChange::changed).count();
    }

    private static FieldChange option(int position, QuestionContent.Option before, QuestionContent.Option after) {
        String field = "options[" + position + "]";
        List<TextDiff.Segment> text = TextDiff.between(before == null ? "" : before.text(),
                after == null ? "" : after.text());
        if (before == null || after == null) {
            return new FieldChange(field, before == null ? ADDED : REMOVED, true, before, after, List.of(), text);
        }
        List<String> parts = new ArrayList<>();
        if (!before.text().equals(after.text())) {
            parts.add("text");
        }
        if (before.correct() != after.correct()) {
            parts.add("correct");
        }
        return new FieldChange(field, parts.isEmpty() ? UNCHANGED : CHANGED, !parts.isEmpty(), before, after,
                List.copyOf(parts), text);
    }

    private static <T> T at(List<T> list, int position) {
        return position < list.size() ? list.get(position) : null;
    }
}
