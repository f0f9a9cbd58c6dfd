package io.revisio.content.question;

import io.revisio.content.rendering.QuestionCard;
import io.revisio.content.syllabus.SyllabusTree;
import io.revisio.shared.web.PageTimes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the question pages show (public, as templates compile into another package). */
public final class QuestionPageViews {

    private QuestionPageViews() {
    }

    /**
     * The editor page, for a new question ({@code id} null) or a saved one.
     *
     * @param canEdit  whether the viewer may change the content (an editor, on an editable version)
     * @param errors   field name to message, shown beside the field
     * @param conflict set when a save was refused because someone saved a newer version first
     * @param actions  the workflow buttons the viewer may press now
     * @param fourEyes set when the viewer would review a version they wrote themselves
     */
    public record Editor(String id, boolean canEdit, QuestionForm form, Map<String, String> errors, String done,
            String error, Conflict conflict, Status status, List<ThemeGroup> themes, List<ActionButton> actions,
            String fourEyes, List<VersionComments> comments, QuestionCard card, List<Fact> facts) {

        public String errorFor(String field) {
            return errors.get(field);
        }

        public boolean isNew() {
            return id == null;
        }
    }

    /** @param published the number of the version students get, or null */
    public record Status(int number, String state, Integer published) {
    }

    public record Conflict(String currentVersion, String state) {
    }

    /** The themes of one block, as an option group of the theme select. */
    public record ThemeGroup(String label, List<Theme> themes) {
    }

    public record Theme(String id, String name, List<Concept> concepts) {
    }

    public record Concept(String id, String name) {
    }

    /**
     * @param action  the path segment, e.g. {@code request-changes}
     * @param comment whether the button comes with a comment box; {@code commentRequired} whether it must be filled
     */
    public record ActionButton(String action, String label, boolean comment, boolean commentRequired, String hint) {
    }

    public record VersionComments(int number, String state, List<Comment> comments) {
    }

    public record Comment(String who, String decision, String text, String at) {
    }

    /** A labelled value for the read-only view. */
    public record Fact(String label, String value) {
    }

    /** One question waiting for review. */
    public record ReviewRow(String id, String excerpt, String theme, String author, String submitted, boolean yours,
            int version) {
    }

    static List<ThemeGroup> themes(SyllabusTree tree) {
        List<ThemeGroup> groups = new ArrayList<>();
        for (SyllabusTree.Branch year : tree.years()) {
            for (SyllabusTree.Branch block : year.children()) {
                groups.add(new ThemeGroup(year.name() + " › " + block.name(), block.children().stream()
                        .map(theme -> new Theme(theme.id().toString(), theme.name(), theme.children().stream()
                                .map(concept -> new Concept(concept.id().toString(), concept.name())).toList()))
                        .toList()));
            }
        }
        return groups;
    }

    /** "you" for the viewer, else the staff member's display name. */
    static String who(UUID author, UUID viewer, Map<UUID, String> names) {
        if (author == null) {
            return "someone";
        }
        return author.equals(viewer) ? "you" : names.getOrDefault(author, "a former staff member");
    }

    static String when(java.time.Instant at) {
        return PageTimes.utc(at);
    }

    static String label(QuestionState state) {
        return state.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
