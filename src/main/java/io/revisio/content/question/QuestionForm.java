package io.revisio.content.question;

import io.revisio.content.rendering.QuestionCard;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The question editor's form exactly as sent: every value a string, so that whatever was typed (even
 * something invalid) is shown again. References are one per line, "source | page | address"; tags are
 * separated by commas.
 *
 * @param option  the options' texts in order; blank ones are left out when saving
 * @param correct the index of the correct option among {@code option}
 * @param version the working version number the editor started from, empty for a new question
 */
public record QuestionForm(String stem, List<String> option, String correct, String explanation,
        String references, String tags, String themeId, List<String> conceptIds, String difficulty,
        String externalId, String version) {

    static final int MIN_ROWS = 4;
    static final int MAX_OPTIONS = 8;

    public QuestionForm {
        stem = stem == null ? "" : stem;
        option = option == null ? List.of() : List.copyOf(option.stream().map(t -> t == null ? "" : t).toList());
        explanation = explanation == null ? "" : explanation;
        references = references == null ? "" : references;
        tags = tags == null ? "" : tags;
        conceptIds = conceptIds == null ? List.of() : List.copyOf(conceptIds);
    }

    static QuestionForm empty() {
        return new QuestionForm("", List.of(), null, "", "", "", null, List.of(), null, null, null);
    }

    static QuestionForm of(QuestionContent content, int version) {
        List<String> texts = content.options().stream().map(QuestionContent.Option::text).toList();
        int correct = -1;
        for (int i = 0; i < content.options().size(); i++) {
            if (content.options().get(i).correct()) {
                correct = i;
            }
        }
        String references = String.join("\n", content.references().stream().map(QuestionForm::line).toList());
        return new QuestionForm(content.stem(), texts, correct < 0 ? null : String.valueOf(correct),
                content.explanation(), references, String.join(", ", content.tags()),
                content.themeId() == null ? null : content.themeId().toString(),
                content.conceptIds().stream().map(UUID::toString).toList(),
                content.difficulty() == null ? null : content.difficulty().toString(), content.externalId(),
                String.valueOf(version));
    }

    /** The option rows to show: those sent, plus blank ones up to a useful minimum. */
    public List<String> rows() {
        List<String> rows = new ArrayList<>(option);
        while (rows.size() < MIN_ROWS) {
            rows.add("");
        }
        return rows.subList(0, Math.min(rows.size(), MAX_OPTIONS));
    }

    public boolean isCorrect(int index) {
        return String.valueOf(index).equals(correct);
    }

    public boolean hasConcept(String id) {
        return conceptIds.contains(id);
    }

    /** The content the form describes; what cannot be read is named in {@code errors} and left out. */
    QuestionContent content(Map<String, String> errors) {
        List<QuestionContent.Option> options = new ArrayList<>();
        for (int i = 0; i < option.size(); i++) {
            if (!option.get(i).isBlank()) {
                options.add(new QuestionContent.Option(option.get(i).strip(), isCorrect(i)));
            }
        }
        if (options.size() > MAX_OPTIONS) {
            errors.putIfAbsent("options", "a question has at most " + MAX_OPTIONS + " options");
        }
        UUID theme = uuid(themeId, "themeId", errors);
        List<UUID> concepts = new ArrayList<>();
        conceptIds.forEach(id -> {
            UUID concept = uuid(id, "conceptIds", errors);
            if (concept != null) {
                concepts.add(concept);
            }
        });
        return new QuestionContent(stem.strip(), options, explanation.strip(), references(errors), tagList(),
                theme, concepts, difficulty(errors), blankToNull(externalId));
    }

    /** The card a student would see for what is typed now, with the answer part. */
    QuestionCard card() {
        List<String> texts = new ArrayList<>();
        int correctIndex = -1;
        for (int i = 0; i < option.size(); i++) {
            if (!option.get(i).isBlank()) {
                if (isCorrect(i)) {
                    correctIndex = texts.size();
                }
                texts.add(option.get(i).strip());
            }
        }
        List<QuestionCard.Reference> refs = references(new LinkedHashMap<>()).stream()
                .map(r -> new QuestionCard.Reference(r.source(), r.page(), r.url())).toList();
        return new QuestionCard(stem, texts, new QuestionCard.Reveal(correctIndex, explanation, refs));
    }

    Long versionNumber() {
        try {
            return version == null || version.isBlank() ? null : Long.valueOf(version.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private List<QuestionContent.SourceReference> references(Map<String, String> errors) {
        List<QuestionContent.SourceReference> list = new ArrayList<>();
        for (String line : references.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\\|", -1);
            if (parts.length > 3) {
                errors.putIfAbsent("references", "write each reference as: source | page | address");
                continue;
            }
            list.add(new QuestionContent.SourceReference(parts[0].strip(),
                    parts.length > 1 ? blankToNull(parts[1]) : null, parts.length > 2 ? blankToNull(parts[2]) : null));
        }
        return list;
    }

    private List<String> tagList() {
        return Arrays.stream(tags.split(",")).map(String::strip).filter(tag -> !tag.isEmpty()).distinct().toList();
    }

    private Integer difficulty(Map<String, String> errors) {
        if (difficulty == null || difficulty.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(difficulty.strip());
        } catch (NumberFormatException e) {
            errors.putIfAbsent("difficulty", "choose a difficulty from 1 to 5");
            return null;
        }
    }

    private static UUID uuid(String value, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            errors.putIfAbsent(field, "choose from the list");
            return null;
        }
    }

    private static String line(QuestionContent.SourceReference reference) {
        String line = reference.source() + " | " + (reference.page() == null ? "" : reference.page());
        return reference.url() == null ? line : line + " | " + reference.url();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
