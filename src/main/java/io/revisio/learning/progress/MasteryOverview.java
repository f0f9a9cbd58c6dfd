package io.revisio.learning.progress;

import io.revisio.content.SyllabusOutline;
import io.revisio.learning.mastery.Mastery;
import io.revisio.learning.mastery.MasteryBand;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A student's mastery per theme (with its concepts) and Elo ability, and their weak areas: the themes of
 * lowest mastery among those with at least {@link #WEAK_AREA_MIN_ATTEMPTS} attempts and mastery below
 * {@link #WEAK_AREA_BELOW}, at most {@link #WEAK_AREAS} of them.
 */
@Component
class MasteryOverview {

    static final int WEAK_AREA_MIN_ATTEMPTS = 10;
    static final double WEAK_AREA_BELOW = 0.8;
    static final int WEAK_AREAS = 3;

    /** The central 90 % band of the mastery probability (see MasteryBand). */
    record Band(double low, double high) {

        static Band of(MasteryBand band) {
            return new Band(band.low(), band.high());
        }
    }

    record ConceptMastery(UUID conceptId, String name, double mastery, Band band, int attempts) {
    }

    /** @param ability Elo ability on the theme (a logit, 0 = average), null before any answer counted */
    record ThemeMastery(UUID themeId, String name, double mastery, Band band, int attempts, Double ability,
            List<ConceptMastery> concepts) {
    }

    record WeakArea(UUID themeId, String name, double mastery, int attempts) {
    }

    /** @param weakAreaRule the rule weak areas follow, in words */
    record StudentMastery(List<ThemeMastery> themes, List<WeakArea> weakAreas, String weakAreaRule) {
    }

    private record Row(Skill skill, Mastery mastery, Double ability) {
    }

    private final JdbcClient jdbc;
    private final SyllabusOutline syllabus;

    MasteryOverview(JdbcClient jdbc, SyllabusOutline syllabus) {
        this.jdbc = jdbc;
        this.syllabus = syllabus;
    }

    @Transactional(readOnly = true)
    StudentMastery of(UUID student) {
        List<Row> rows = jdbc.sql("""
                        SELECT m.skill_kind, m.skill_id, m.known, m.attempts, a.ability
                        FROM learning.mastery m
                        LEFT JOIN learning.theme_ability a ON m.skill_kind = 'THEME' AND a.student_id = m.student_id
                            AND a.theme_id = m.skill_id
                        WHERE m.student_id = :student
                        """)
                .param("student", student)
                .query((row, n) -> new Row(new Skill(Skill.Kind.valueOf(row.getString("skill_kind")),
                        row.getObject("skill_id", UUID.class)), new Mastery(row.getDouble("known"),
                        row.getInt("attempts")), row.getObject("ability", Double.class)))
                .list();
        Map<UUID, SyllabusOutline.Node> nodes = new HashMap<>();
        if (!rows.isEmpty()) {
            syllabus.nodes().forEach(node -> nodes.put(node.id(), node));
        }
        Map<UUID, List<ConceptMastery>> conceptsByTheme = new HashMap<>();
        for (Row row : rows) {
            if (row.skill().kind() == Skill.Kind.CONCEPT) {
                SyllabusOutline.Node node = nodes.get(row.skill().id());
                UUID theme = node == null ? null : node.parentId();
                conceptsByTheme.computeIfAbsent(theme, t -> new ArrayList<>()).add(new ConceptMastery(row.skill().id(),
                        name(nodes, row.skill().id()), row.mastery().known(), Band.of(MasteryBand.of(row.mastery())),
                        row.mastery().attempts()));
            }
        }
        List<ThemeMastery> themes = new ArrayList<>();
        for (Row row : rows) {
            if (row.skill().kind() == Skill.Kind.THEME) {
                List<ConceptMastery> concepts = new ArrayList<>(conceptsByTheme.getOrDefault(row.skill().id(), List.of()));
                concepts.sort(Comparator.comparing(ConceptMastery::mastery).thenComparing(ConceptMastery::conceptId));
                themes.add(new ThemeMastery(row.skill().id(), name(nodes, row.skill().id()), row.mastery().known(),
                        Band.of(MasteryBand.of(row.mastery())), row.mastery().attempts(), row.ability(), concepts));
            }
        }
        themes.sort(Comparator.comparing(ThemeMastery::mastery).thenComparing(ThemeMastery::themeId));
        List<WeakArea> weak = themes.stream()
                .filter(t -> t.attempts() >= WEAK_AREA_MIN_ATTEMPTS && t.mastery() < WEAK_AREA_BELOW)
                .limit(WEAK_AREAS)
                .map(t -> new WeakArea(t.themeId(), t.name(), t.mastery(), t.attempts()))
                .toList();
        return new StudentMastery(themes, weak, "the " + WEAK_AREAS + " themes of lowest mastery among those with at least "
                + WEAK_AREA_MIN_ATTEMPTS + " attempts and mastery below " + WEAK_AREA_BELOW);
    }

    private static String name(Map<UUID, SyllabusOutline.Node> nodes, UUID id) {
        SyllabusOutline.Node node = nodes.get(id);
        return node == null ? null : node.name();
    }
}
