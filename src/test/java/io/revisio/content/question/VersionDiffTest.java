package io.revisio.content.question;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.content.question.QuestionContent.Option;
import io.revisio.content.question.QuestionContent.SourceReference;
import io.revisio.content.question.VersionDiff.FieldChange;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Worked examples of the field-by-field diff between two versions' content. */
class VersionDiffTest {

    static final UUID THEME = UUID.fromString("00000000-0000-0000-0000-000000000001");
    static final UUID OTHER_THEME = UUID.fromString("00000000-0000-0000-0000-000000000002");

    final QuestionContent original = new QuestionContent("Which valve?",
            List.of(new Option("Aortic", true), new Option("Mitral", false), new Option("Tricuspid", false)),
            "Because.", List.of(new SourceReference("Guyton", "12", null)), List.of("cardio"), THEME, List.of(),
            3, "EXT-1");

    @Test
    void theSameContentHasNoChangesButListsEveryField() {
        VersionDiff diff = VersionDiff.between(original, original);
        assertThat(diff.changes()).isZero();
        assertThat(diff.fields()).extracting(FieldChange::field).containsExactly("stem", "options[0]", "options[1]",
                "options[2]", "explanation", "references", "tags", "themeId", "conceptIds", "difficulty",
                "externalId");
        assertThat(diff.fields()).extracting(FieldChange::status).containsOnly(VersionDiff.UNCHANGED);
    }

    @Test
    void optionsAreComparedByPositionTextAndCorrectness() {
        QuestionContent edited = new QuestionContent(original.stem(),
                List.of(new Option("Aortic", false), new Option("Mitral valve", true)), original.explanation(),
                original.references(), original.tags(), original.themeId(), original.conceptIds(),
                original.difficulty(), original.externalId());
        VersionDiff diff = VersionDiff.between(original, edited);

        FieldChange first = field(diff, "options[0]");
        assertThat(first.status()).isEqualTo(VersionDiff.CHANGED);
        assertThat(first.parts()).containsExactly("correct");
        assertThat(first.before()).isEqualTo(new Option("Aortic", true));
        assertThat(first.after()).isEqualTo(new Option("Aortic", false));

        FieldChange second = field(diff, "options[1]");
        assertThat(second.parts()).containsExactly("text", "correct");
        assertThat(second.segments()).containsExactly(new TextDiff.Segment(TextDiff.EQUAL, "Mitral"),
                new TextDiff.Segment(TextDiff.INSERT, " valve"));

        FieldChange third = field(diff, "options[2]");
        assertThat(third.status()).isEqualTo(VersionDiff.REMOVED);
        assertThat(third.after()).isNull();
        assertThat(third.segments()).containsExactly(new TextDiff.Segment(TextDiff.DELETE, "Tricuspid"));

        assertThat(diff.changes()).isEqualTo(3);
        assertThat(VersionDiff.between(edited, original).fields()).filteredOn(FieldChange::changed)
                .extracting(FieldChange::field, FieldChange::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("options[0]", VersionDiff.CHANGED),
                        org.assertj.core.groups.Tuple.tuple("options[1]", VersionDiff.CHANGED),
                        org.assertj.core.groups.Tuple.tuple("options[2]", VersionDiff.ADDED));
    }

    @Test
    void everyOtherFieldShowsBeforeAndAfter() {
        QuestionContent edited = new QuestionContent("Which valve is stenotic?", original.options(),
                "Because of the murmur.", List.of(), List.of("cardio", "valves"), OTHER_THEME, List.of(), null,
                null);
        VersionDiff diff = VersionDiff.between(original, edited);
        assertThat(diff.fields()).filteredOn(FieldChange::changed).extracting(FieldChange::field).containsExactly(
                "stem", "explanation", "references", "tags", "themeId", "difficulty", "externalId");
        assertThat(field(diff, "explanation").segments()).containsExactly(
                new TextDiff.Segment(TextDiff.EQUAL, "Because"),
                new TextDiff.Segment(TextDiff.INSERT, " of the murmur"),
                new TextDiff.Segment(TextDiff.EQUAL, "."));
        assertThat(field(diff, "difficulty").before()).isEqualTo(3);
        assertThat(field(diff, "difficulty").after()).isNull();
        assertThat(field(diff, "themeId").after()).isEqualTo(OTHER_THEME);
        assertThat(field(diff, "tags").segments()).as("only long text has segments").isNull();
        assertThat(field(diff, "conceptIds").changed()).isFalse();
    }

    private static FieldChange field(VersionDiff diff, String name) {
        return diff.fields().stream().filter(field -> field.field().equals(name)).findFirst().orElseThrow();
    }
}
