package io.revisio.analytics.student;

import java.util.List;
import java.util.UUID;

/**
 * A student's answers down the syllabus: years, their blocks, their themes and the themes' concepts, each
 * with volume, accuracy, time against peers and mastery. Only nodes the student answered under are listed.
 */
public record SyllabusAnalytics(List<Node> years) {

    public SyllabusAnalytics {
        years = List.copyOf(years);
    }

    /**
     * @param level         YEAR, BLOCK, THEME or CONCEPT
     * @param accuracy      right answers over answers, 0 to 1
     * @param msPerQuestion the student's mean time per question
     * @param peersMs       peers' mean time per question here, weighted by the student's answers per theme
     *                      (null on concepts, and where no other student answered)
     * @param mastery       knowledge tracing's probability the theme or concept is known (null elsewhere, and
     *                      before the learner model counted an attempt)
     * @param children      the nodes below, most answered first
     */
    public record Node(UUID id, String level, String code, String name, long answers, long correct, Double accuracy,
            Long msPerQuestion, Long peersMs, Double mastery, List<Node> children) {

        public Node {
            children = List.copyOf(children);
        }
    }
}
