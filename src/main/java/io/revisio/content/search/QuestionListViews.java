package io.revisio.content.search;

import io.revisio.shared.problem.ProblemException;
import io.revisio.shared.web.PageTimes;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.util.MultiValueMap;

/** What the question list page shows, in the words and formats of the page. */
public final class QuestionListViews {

    public static final List<String> STATES = List.of("DRAFT", "IN_REVIEW", "CHANGES_REQUESTED", "APPROVED", "PUBLISHED",
            "ARCHIVED");

    /** The form's labels for the parameters, so a refusal names the field as the page does. */
    private static final Map<String, String> FIELD_LABELS = Map.of("q", "The search", "status", "Status",
            "node", "Syllabus", "tag", "Tag", "difficultyMin", "Difficulty from", "difficultyMax", "Difficulty to",
            "updatedFrom", "Updated from", "updatedTo", "Updated to", "cursor", "The page link", "size",
            "Page size");

    private QuestionListViews() {
    }

    /** The form as the staff member filled it in, so the page shows their search back to them. */
    public record Form(String q, List<String> statuses, String node, String tag, String difficultyMin, String difficultyMax,
            String updatedFrom, String updatedTo) {

        /** The parameters the page keeps in its links (the API takes a few more). */
        static final Set<String> NAMES = Set.of("q", "status", "node", "tag", "difficultyMin", "difficultyMax",
                "updatedFrom", "updatedTo", "size");

        static Form of(MultiValueMap<String, String> query) {
            return new Form(text(query, "q"), query.getOrDefault("status", List.of()).stream()
                    .map(String::strip).map(String::toUpperCase).toList(), text(query, "node"), text(query, "tag"),
                    text(query, "difficultyMin"), text(query, "difficultyMax"), text(query, "updatedFrom"),
                    text(query, "updatedTo"));
        }

        public boolean hasStatus(String state) {
            return statuses.contains(state);
        }

        public boolean isNode(UUID id) {
            return id.toString().equals(node);
        }

        private static String text(MultiValueMap<String, String> query, String name) {
            String value = query.getFirst(name);
            return value == null ? "" : value;
        }
    }

    /** One hit as a row of the results table. */
    public record Row(UUID id, String version, String state, String stem, List<Fragment> snippet,
            String theme, String tags, String difficulty, String updatedAt) {

        static Row of(QuestionHit hit) {
            String version = "v" + hit.number() + (hit.publishedNumber() == null || hit.publishedNumber() == hit.number()
                    ? "" : " (v" + hit.publishedNumber() + " published)");
            return new Row(hit.id(), version, label(hit.state().name()),
                    hit.stem().isBlank() ? "(no stem yet)" : hit.stem(),
                    hit.snippet().stream().map(part -> new Fragment(part.text(), part.match())).toList(),
                    hit.theme() == null ? "—" : hit.theme().name(), String.join(", ", hit.tags()),
                    hit.difficulty() == null ? "—" : String.valueOf(hit.difficulty()), PageTimes.utc(hit.updatedAt()));
        }
    }

    /** A piece of the snippet; matched words are marked on the page. */
    public record Fragment(String text, boolean match) {
    }

    /** A syllabus node in the picker, indented by its depth (0 for a year … 3 for a concept). */
    public record NodeChoice(UUID id, String label, int depth) {
    }

    /** "IN_REVIEW" as "in review". */
    public static String label(String state) {
        return state.toLowerCase().replace('_', ' ');
    }

    /** The refusal as a sentence above the results, naming the field. */
    static String message(ProblemException problem) {
        Object errors = problem.properties().get("errors");
        if (errors instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map<?, ?> error) {
            String field = String.valueOf(error.get("field"));
            return FIELD_LABELS.getOrDefault(field, field) + " " + error.get("message") + ".";
        }
        return problem.getMessage();
    }
}
