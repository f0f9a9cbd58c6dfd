package io.revisio.analytics.student;

import io.revisio.shared.web.AccessRule;
import io.revisio.shared.web.RouteAccess;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The student's analytics page: summary cards, the last 30 days as a chart drawn on the server (an SVG, so
 * it needs neither JavaScript nor anything from elsewhere) with the same numbers as a table, the syllabus
 * with bars, time against peers, the mastery map, revision adherence and the percentile.
 */
@Controller
class StudentAnalyticsPages {

    static final String PAGE = "/analytics";

    private final StudentOverview overview;
    private final StudentTrend trend;
    private final StudentSyllabus syllabus;
    private final StudentPercentiles percentiles;

    StudentAnalyticsPages(StudentOverview overview, StudentTrend trend, StudentSyllabus syllabus,
            StudentPercentiles percentiles) {
        this.overview = overview;
        this.trend = trend;
        this.syllabus = syllabus;
        this.percentiles = percentiles;
    }

    @GetMapping(PAGE)
    String page(@AuthenticationPrincipal Jwt token, Model model) {
        UUID student = UUID.fromString(token.getSubject());
        AnalyticsOverview summary = overview.of(student);
        AnalyticsTrend month = trend.of(student, StudentTrend.Request.of(Map.of()));
        SyllabusAnalytics tree = syllabus.of(student);
        PercentileStandings standings = percentiles.of(student);
        List<StudentAnalyticsViews.Row> rows = new ArrayList<>();
        List<StudentAnalyticsViews.MapCell> map = new ArrayList<>();
        tree.years().forEach(year -> rows(year, 0, rows, map));
        AnalyticsOverview.Adherence adherence = summary.revision();
        model.addAttribute("analytics", new StudentAnalyticsViews.Page(cards(summary),
                StudentAnalyticsViews.TrendChart.of(month), rows, map, StudentAnalyticsViews.percent(adherence.share()),
                adherence.share() == null ? 0 : adherence.share(), adherence.done() + " revisions done, "
                        + adherence.missed() + " cards fell due and still wait (last " + adherence.days() + " days)",
                standings.years().stream().map(StudentAnalyticsPages::standing).toList(), standings.rule()));
        return "analytics/student-analytics";
    }

    private static List<StudentAnalyticsViews.Card> cards(AnalyticsOverview summary) {
        AnalyticsOverview.TimeAgainstPeers time = summary.time();
        return List.of(
                new StudentAnalyticsViews.Card("Answers", String.valueOf(summary.answers()),
                        summary.last7Days().answers() + " in the last 7 days, " + summary.last30Days().answers()
                                + " in 30"),
                new StudentAnalyticsViews.Card("Right", StudentAnalyticsViews.percent(summary.accuracy()),
                        StudentAnalyticsViews.percent(summary.last30Days().accuracy()) + " in the last 30 days"),
                new StudentAnalyticsViews.Card("Streak", summary.streakDays() + (summary.streakDays() == 1 ? " day"
                        : " days"), "last answer: " + StudentAnalyticsViews.day(summary.lastAnswered())),
                new StudentAnalyticsViews.Card("Time per question", StudentAnalyticsViews.seconds(time.studentMs()),
                        "peers on the same themes: " + StudentAnalyticsViews.seconds(time.peersMs())),
                new StudentAnalyticsViews.Card("Revision kept up", StudentAnalyticsViews.percent(summary.revision()
                        .share()), summary.revision().done() + " done, " + summary.revision().missed() + " waiting"));
    }

    private static void rows(SyllabusAnalytics.Node node, int depth, List<StudentAnalyticsViews.Row> rows,
            List<StudentAnalyticsViews.MapCell> map) {
        rows.add(new StudentAnalyticsViews.Row(depth, node.level().toLowerCase(), node.name(), node.answers(),
                StudentAnalyticsViews.percent(node.accuracy()), node.accuracy() == null ? 0 : node.accuracy(),
                StudentAnalyticsViews.seconds(node.msPerQuestion()), StudentAnalyticsViews.seconds(node.peersMs()),
                StudentAnalyticsViews.percent(node.mastery())));
        if ("THEME".equals(node.level())) {
            map.add(new StudentAnalyticsViews.MapCell(node.name(), StudentAnalyticsViews.percent(node.mastery()),
                    node.mastery() == null ? 0 : 1 + (int) Math.min(3, Math.floor(node.mastery() * 4))));
        }
        node.children().forEach(child -> rows(child, depth + 1, rows, map));
    }

    private static StudentAnalyticsViews.Standing standing(PercentileStandings.Year year) {
        String text = switch (year.status()) {
            case RANKED -> "Rank " + year.rank() + " of " + year.cohort() + " active students; "
                    + Math.round(year.percentile()) + "% of them score below you ("
                    + StudentAnalyticsViews.percent(year.accuracy()) + " right on " + year.answers() + " answers).";
            case COHORT_TOO_SMALL -> "Too few active students this year to compare with yet.";
            case NOT_ACTIVE -> "Answer more questions of this year to be compared (" + year.answers()
                    + " answers lately).";
        };
        return new StudentAnalyticsViews.Standing(year.name(), text);
    }

    @Bean
    static RouteAccess studentAnalyticsPageRoutes() {
        return () -> List.of(AccessRule.get(PAGE, StudentAnalyticsController.STUDENTS));
    }
}
