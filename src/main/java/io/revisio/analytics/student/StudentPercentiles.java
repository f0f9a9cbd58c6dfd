package io.revisio.analytics.student;

import io.revisio.content.SyllabusOutline;
import io.revisio.content.SyllabusTree;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The student's percentile per syllabus year they have answered in. The cohort of a year is every student
 * with at least the minimum answers on that year's themes over the last active days; the score is their
 * share right on those answers; {@link PercentileRank} ranks it.
 */
@Component
class StudentPercentiles {

    private final StudentReader reader;
    private final SyllabusOutline syllabus;
    private final PercentileProperties properties;
    private final Clock clock;

    StudentPercentiles(StudentReader reader, SyllabusOutline syllabus, PercentileProperties properties, Clock clock) {
        this.reader = reader;
        this.syllabus = syllabus;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    PercentileStandings of(UUID student) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate from = today.minusDays(properties.activeDays() - 1L);
        SyllabusTree places = new SyllabusTree(syllabus.nodes());
        Set<SyllabusOutline.Node> years = new LinkedHashSet<>();
        reader.themes(student).keySet().stream().map(places::yearOf).filter(year -> year != null)
                .sorted(Comparator.comparingInt(SyllabusOutline.Node::position).thenComparing(SyllabusOutline.Node::name))
                .forEach(years::add);
        Map<UUID, StudentReader.Tally> recent = reader.themesSince(student, from);
        List<PercentileStandings.Year> standings = new ArrayList<>();
        for (SyllabusOutline.Node year : years) {
            List<UUID> themes = places.themesUnder(year.id());
            StudentReader.Tally own = StudentReader.Tally.NONE;
            for (UUID theme : themes) {
                own = own.plus(recent.getOrDefault(theme, StudentReader.Tally.NONE));
            }
            if (own.answers() < properties.minAnswers()) {
                standings.add(year(year, PercentileStandings.Status.NOT_ACTIVE, own, null));
                continue;
            }
            Map<UUID, PercentileRank.Score> cohort = reader.cohort(themes, from, today, properties.minAnswers());
            PercentileRank.Score score = cohort.get(student);
            PercentileRank.Standing standing = score == null ? null
                    : PercentileRank.of(score, cohort.values(), properties.minCohort());
            standings.add(year(year, standing == null ? PercentileStandings.Status.COHORT_TOO_SMALL
                    : PercentileStandings.Status.RANKED, own, standing));
        }
        return new PercentileStandings(properties.minCohort(), properties.minAnswers(), properties.activeDays(),
                rule(), standings);
    }

    private static PercentileStandings.Year year(SyllabusOutline.Node year, PercentileStandings.Status status,
            StudentReader.Tally own, PercentileRank.Standing standing) {
        return new PercentileStandings.Year(year.id(), year.code(), year.name(), status, own.answers(),
                own.accuracy(), standing == null ? null : standing.cohort(), standing == null ? null : standing.rank(),
                standing == null ? null : standing.percentile());
    }

    private String rule() {
        return "per syllabus year: students with at least " + properties.minAnswers() + " answers on the year's "
                + "themes in the last " + properties.activeDays() + " days, ranked by their share right on them; "
                + "ties share a rank; percentile = 100 x students strictly below / cohort; nothing is shown below "
                + properties.minCohort() + " students";
    }
}
