package io.revisio.analytics.student;

import io.revisio.content.SyllabusOutline;
import io.revisio.content.SyllabusTree;
import io.revisio.learning.LearnerSnapshot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A student's answers down the syllabus tree. Themes carry their own sums and peers' time; blocks and years
 * add up the themes under them (peers' time weighted by the student's answers per theme); concepts carry
 * the sums of the answers filed under them. Answers on themes no longer in the syllabus count in the
 * overview only.
 */
@Component
class StudentSyllabus {

    private final StudentReader reader;
    private final LearnerSnapshot learner;
    private final SyllabusOutline syllabus;

    StudentSyllabus(StudentReader reader, LearnerSnapshot learner, SyllabusOutline syllabus) {
        this.reader = reader;
        this.learner = learner;
        this.syllabus = syllabus;
    }

    /** Sums over some themes, with peers' time weighted by the student's answers on each. */
    private record Sum(StudentReader.Tally tally, double peersWeighted, long peersWeights) {

        static final Sum NONE = new Sum(StudentReader.Tally.NONE, 0, 0);

        Sum plus(Sum other) {
            return new Sum(tally.plus(other.tally), peersWeighted + other.peersWeighted,
                    peersWeights + other.peersWeights);
        }

        Long peersMs() {
            return peersWeights == 0 ? null : Math.round(peersWeighted / peersWeights);
        }
    }

    @Transactional(readOnly = true)
    SyllabusAnalytics of(UUID student) {
        Map<UUID, StudentReader.Tally> themes = reader.themes(student);
        if (themes.isEmpty()) {
            return new SyllabusAnalytics(List.of());
        }
        Map<UUID, StudentReader.Tally> concepts = reader.concepts(student);
        Map<UUID, StudentReader.Tally> everyone = reader.everyonesTime(themes.keySet());
        Map<UUID, Double> mastery = new HashMap<>();
        learner.mastery(student).forEach(skill -> mastery.put(skill.skillId(), skill.known()));
        Map<UUID, Sum> themeSums = new HashMap<>();
        themes.forEach((theme, tally) -> {
            Double peers = StudentOverview.peersMs(tally, everyone.get(theme));
            themeSums.put(theme, peers == null ? new Sum(tally, 0, 0)
                    : new Sum(tally, peers * tally.answers(), tally.answers()));
        });
        SyllabusTree places = new SyllabusTree(syllabus.nodes());
        List<SyllabusAnalytics.Node> years = new ArrayList<>();
        for (SyllabusOutline.Node year : places.children(null)) {
            SyllabusAnalytics.Node node = node(year, places, themeSums, concepts, mastery, 0);
            if (node != null) {
                years.add(node);
            }
        }
        return new SyllabusAnalytics(years);
    }

    private SyllabusAnalytics.Node node(SyllabusOutline.Node at, SyllabusTree places, Map<UUID, Sum> themes,
            Map<UUID, StudentReader.Tally> concepts, Map<UUID, Double> mastery, int depth) {
        List<SyllabusAnalytics.Node> children = new ArrayList<>();
        Sum sum;
        if (at.level() == SyllabusOutline.Level.THEME) {
            sum = themes.get(at.id());
            if (sum == null) {
                return null;
            }
            for (SyllabusOutline.Node concept : places.children(at.id())) {
                StudentReader.Tally tally = concepts.get(concept.id());
                if (tally != null) {
                    children.add(build(concept, new Sum(tally, 0, 0), mastery.get(concept.id()), List.of()));
                }
            }
        } else if (at.level() == SyllabusOutline.Level.CONCEPT || depth > 3) {
            return null;
        } else {
            sum = Sum.NONE;
            for (SyllabusOutline.Node child : places.children(at.id())) {
                SyllabusAnalytics.Node built = node(child, places, themes, concepts, mastery, depth + 1);
                if (built != null) {
                    children.add(built);
                    sum = sum.plus(sumOf(built, themes, places));
                }
            }
            if (children.isEmpty()) {
                return null;
            }
        }
        children.sort(Comparator.comparingLong(SyllabusAnalytics.Node::answers).reversed()
                .thenComparing(SyllabusAnalytics.Node::code));
        return build(at, sum, at.level() == SyllabusOutline.Level.THEME ? mastery.get(at.id()) : null, children);
    }

    /** The themes' sums under a built node (blocks and years keep their peers' weights this way). */
    private static Sum sumOf(SyllabusAnalytics.Node built, Map<UUID, Sum> themes, SyllabusTree places) {
        Sum sum = Sum.NONE;
        for (UUID theme : places.themesUnder(built.id())) {
            sum = sum.plus(themes.getOrDefault(theme, Sum.NONE));
        }
        return sum;
    }

    private static SyllabusAnalytics.Node build(SyllabusOutline.Node at, Sum sum, Double mastery,
            List<SyllabusAnalytics.Node> children) {
        boolean concept = at.level() == SyllabusOutline.Level.CONCEPT;
        return new SyllabusAnalytics.Node(at.id(), at.level().name(), at.code(), at.name(), sum.tally().answers(),
                sum.tally().correct(), sum.tally().accuracy(), sum.tally().msPerQuestion(),
                concept ? null : sum.peersMs(), mastery, children);
    }
}
