package io.revisio.content.syllabus;

import static io.revisio.content.syllabus.SyllabusLevel.BLOCK;
import static io.revisio.content.syllabus.SyllabusLevel.CONCEPT;
import static io.revisio.content.syllabus.SyllabusLevel.THEME;
import static io.revisio.content.syllabus.SyllabusLevel.YEAR;
import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.shared.web.EntityTags;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The pure rules of syllabus management, without Spring or a database. */
class SyllabusRulesTest {

    private final UUID year = UUID.randomUUID();
    private final UUID block = UUID.randomUUID();
    private final UUID theme = UUID.randomUUID();
    private final UUID concept = UUID.randomUUID();
    private final UUID otherYear = UUID.randomUUID();

    private final SyllabusAncestry ancestry = new SyllabusAncestry(List.of(
            new SyllabusNode(year, null, YEAR, "Y", "Year", 0, true),
            new SyllabusNode(block, year, BLOCK, "B", "Block", 0, true),
            new SyllabusNode(theme, block, THEME, "T", "Theme", 0, true),
            new SyllabusNode(concept, theme, CONCEPT, "C", "Concept", 0, true),
            new SyllabusNode(otherYear, null, YEAR, "Y2", "Other year", 1, true)));

    @Test
    void eachLevelHasExactlyOnePlace() {
        assertThat(YEAR.fitsUnder(null)).isTrue();
        assertThat(BLOCK.fitsUnder(YEAR)).isTrue();
        assertThat(THEME.fitsUnder(BLOCK)).isTrue();
        assertThat(CONCEPT.fitsUnder(THEME)).isTrue();

        assertThat(BLOCK.fitsUnder(null)).as("only years at the top").isFalse();
        assertThat(YEAR.fitsUnder(YEAR)).isFalse();
        assertThat(THEME.fitsUnder(YEAR)).as("no skipping a level").isFalse();
        assertThat(CONCEPT.fitsUnder(BLOCK)).isFalse();
        assertThat(BLOCK.fitsUnder(THEME)).as("no going up").isFalse();
        for (SyllabusLevel level : SyllabusLevel.values()) {
            assertThat(level.fitsUnder(CONCEPT)).as("a concept has no children: " + level).isFalse();
        }
    }

    @Test
    void aNodeHoldsOnlyTheNextLevel() {
        SyllabusNode themeNode = new SyllabusNode(theme, block, THEME, "T", "Theme", 0, true);
        assertThat(themeNode.mayHold(CONCEPT)).isTrue();
        assertThat(themeNode.mayHold(THEME)).isFalse();
        assertThat(new SyllabusNode(concept, theme, CONCEPT, "C", "Concept", 0, true).mayHold(CONCEPT)).isFalse();
    }

    @Test
    void aNodeIsWithinItsOwnSubtreeAndItsDescendantsAreToo() {
        assertThat(ancestry.isWithinSubtreeOf(block, block)).as("itself").isTrue();
        assertThat(ancestry.isWithinSubtreeOf(theme, block)).isTrue();
        assertThat(ancestry.isWithinSubtreeOf(concept, year)).isTrue();

        assertThat(ancestry.isWithinSubtreeOf(year, block)).as("an ancestor is not below").isFalse();
        assertThat(ancestry.isWithinSubtreeOf(otherYear, year)).isFalse();
        assertThat(ancestry.isWithinSubtreeOf(UUID.randomUUID(), year)).as("an unknown node").isFalse();
    }

    @Test
    void aCycleInBrokenDataEndsTheWalkInsteadOfLoopingForever() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        SyllabusAncestry cyclic = new SyllabusAncestry(List.of(
                new SyllabusNode(a, b, BLOCK, "A", "A", 0, true),
                new SyllabusNode(b, a, BLOCK, "B", "B", 0, true)));
        assertThat(cyclic.isWithinSubtreeOf(a, UUID.randomUUID())).isFalse();
    }

    @Test
    void ifMatchNamesAVersionOrAnyVersion() {
        assertThat(EntityTags.fromIfMatch(EntityTags.etag(3))).isEqualTo(OptionalLong.of(3));
        assertThat(EntityTags.fromIfMatch("W/\"4\"")).isEqualTo(OptionalLong.of(4));
        assertThat(EntityTags.fromIfMatch("*")).isEmpty();
        assertThat(EntityTags.fromIfMatch("3")).as("unquoted: matches nothing").isEqualTo(OptionalLong.of(-1));
        assertThat(EntityTags.fromIfMatch("\"x\"")).isEqualTo(OptionalLong.of(-1));
    }
}
