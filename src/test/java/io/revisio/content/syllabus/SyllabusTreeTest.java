package io.revisio.content.syllabus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SyllabusTreeTest {

    private final UUID year = UUID.randomUUID();
    private final UUID early = UUID.randomUUID();
    private final UUID late = UUID.randomUUID();
    private final UUID theme = UUID.randomUUID();

    @Test
    void childrenFollowTheirPositionNotTheirStorageOrder() {
        SyllabusTree tree = SyllabusTree.of(List.of(
                new SyllabusNode(late, year, SyllabusLevel.BLOCK, "B2", "Late", 1, true),
                new SyllabusNode(theme, early, SyllabusLevel.THEME, "T1", "Theme", 0, true),
                new SyllabusNode(early, year, SyllabusLevel.BLOCK, "B1", "Early", 0, true),
                new SyllabusNode(year, null, SyllabusLevel.YEAR, "Y", "Year", 0, true)));
        assertThat(tree.years()).singleElement().satisfies(y -> {
            assertThat(y.children()).extracting(SyllabusTree.Branch::code).containsExactly("B1", "B2");
            assertThat(y.children().get(0).children()).extracting(SyllabusTree.Branch::code).containsExactly("T1");
        });
    }

    @Test
    void aDisabledNodeHidesItsSubtree() {
        SyllabusTree tree = SyllabusTree.of(List.of(
                new SyllabusNode(year, null, SyllabusLevel.YEAR, "Y", "Year", 0, true),
                new SyllabusNode(early, year, SyllabusLevel.BLOCK, "B1", "Early", 0, false),
                new SyllabusNode(theme, early, SyllabusLevel.THEME, "T1", "Theme", 0, true)));
        assertThat(tree.years().get(0).children()).isEmpty();
    }

    @Test
    void onlyAYearSitsAtTheTop() {
        assertThatThrownBy(() -> new SyllabusNode(theme, null, SyllabusLevel.THEME, "T", "Theme", 0, true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SyllabusNode(year, theme, SyllabusLevel.YEAR, "Y", "Year", 0, true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(SyllabusLevel.YEAR.childLevel()).isEqualTo(SyllabusLevel.BLOCK);
        assertThat(SyllabusLevel.THEME.childLevel()).isEqualTo(SyllabusLevel.CONCEPT);
    }
}
