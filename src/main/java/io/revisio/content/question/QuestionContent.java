package io.revisio.content.question;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What one question version says. A draft may be incomplete (every bound is still checked on save);
 * {@link #missingForReview()} names what must be there before it can be submitted.
 *
 * @param themeId    a syllabus node of level THEME
 * @param conceptIds syllabus nodes of level CONCEPT under that theme
 * @param difficulty the author's estimate, 1 (easy) to 5 (hard), or null
 * @param externalId an id from another system, unique among questions, or null
 */
public record QuestionContent(
        @Size(max = 10_000) String stem,
        @Size(max = 8) List<@NotNull @Valid Option> options,
        @Size(max = 20_000) String explanation,
        @Size(max = 20) List<@NotNull @Valid SourceReference> references,
        @Size(max = 20) List<@NotBlank @Size(max = 40) String> tags,
        UUID themeId,
        @Size(max = 20) List<@NotNull UUID> conceptIds,
        @Min(1) @Max(5) Integer difficulty,
        @Size(min = 1, max = 100) @Pattern(regexp = "\\S(.*\\S)?", message = "must not start or end with a space")
        String externalId) {

    /** @param correct exactly one option of a complete question is the single best answer */
    public record Option(@NotBlank @Size(max = 2_000) String text, boolean correct) {
    }

    /** Where the explanation comes from. */
    public record SourceReference(@NotBlank @Size(max = 300) String source, @Size(max = 50) String page,
            @Size(max = 2_000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) address") String url) {
    }

    /** A field a complete question lacks, shaped like a validation error. */
    public record Missing(String field, String code, String message) {
    }

    public QuestionContent {
        stem = stem == null ? "" : stem;
        explanation = explanation == null ? "" : explanation;
        options = options == null ? List.of() : options;
        references = references == null ? List.of() : references;
        tags = tags == null ? List.of() : tags;
        conceptIds = conceptIds == null ? List.of() : conceptIds;
    }

    /** What stops this version from going to review; empty when it is complete. */
    public List<Missing> missingForReview() {
        List<Missing> missing = new ArrayList<>();
        if (stem.isBlank()) {
            missing.add(new Missing("stem", "required", "a question needs a stem"));
        }
        if (options.size() < 2) {
            missing.add(new Missing("options", "tooFew", "a question needs 2 to 8 options"));
        }
        long correct = options.stream().filter(Option::correct).count();
        if (correct != 1) {
            missing.add(new Missing("options", "oneCorrect", "exactly one option must be marked correct, not "
                    + correct));
        }
        if (explanation.isBlank()) {
            missing.add(new Missing("explanation", "required", "a question needs an explanation"));
        }
        if (themeId == null) {
            missing.add(new Missing("themeId", "required", "a question needs a primary theme"));
        }
        return missing;
    }

    /** The texts written in Markdown, by field name as validation errors name them. */
    java.util.Map<String, String> markdownByField() {
        java.util.Map<String, String> texts = new java.util.LinkedHashMap<>();
        texts.put("stem", stem);
        for (int i = 0; i < options.size(); i++) {
            texts.put("options[" + i + "].text", options.get(i).text());
        }
        texts.put("explanation", explanation);
        return texts;
    }

    /** The names of the fields that differ from {@code other}, for the audit log. */
    List<String> changedFrom(QuestionContent other) {
        List<String> changed = new ArrayList<>();
        compare(changed, "stem", stem, other.stem);
        compare(changed, "options", options, other.options);
        compare(changed, "explanation", explanation, other.explanation);
        compare(changed, "references", references, other.references);
        compare(changed, "tags", tags, other.tags);
        compare(changed, "themeId", themeId, other.themeId);
        compare(changed, "conceptIds", conceptIds, other.conceptIds);
        compare(changed, "difficulty", difficulty, other.difficulty);
        compare(changed, "externalId", externalId, other.externalId);
        return changed;
    }

    private static void compare(List<String> changed, String field, Object mine, Object theirs) {
        if (!Objects.equals(mine, theirs)) {
            changed.add(field);
        }
    }
}
