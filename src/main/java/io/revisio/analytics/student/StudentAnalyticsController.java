package io.revisio.analytics.student;

import io.revisio.identity.Role;
import io.revisio.shared.ApiPaths;
import io.revisio.shared.problem.ProblemException;
import io.revisio.shared.web.Access;
import io.revisio.shared.web.AccessRule;
import io.revisio.shared.web.RouteAccess;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in student's own analytics: overview, syllabus breakdown, trend and percentile. The overview,
 * syllabus and percentile take no parameters and refuse any; the trend takes days and bucket.
 */
@RestController
class StudentAnalyticsController {

    static final String BASE = ApiPaths.V1 + "/analytics";
    static final String OVERVIEW = BASE + "/overview";
    static final String SYLLABUS = BASE + "/syllabus";
    static final String TREND = BASE + "/trend";
    static final String PERCENTILE = BASE + "/percentile";
    static final Access STUDENTS = Access.roles(Role.STUDENT.name());

    private final StudentOverview overview;
    private final StudentSyllabus syllabus;
    private final StudentTrend trend;
    private final StudentPercentiles percentiles;

    StudentAnalyticsController(StudentOverview overview, StudentSyllabus syllabus, StudentTrend trend,
            StudentPercentiles percentiles) {
        this.overview = overview;
        this.syllabus = syllabus;
        this.trend = trend;
        this.percentiles = percentiles;
    }

    @GetMapping(OVERVIEW)
    AnalyticsOverview overview(@AuthenticationPrincipal Jwt token, HttpServletRequest request) {
        noParameters(request);
        return overview.of(student(token));
    }

    @GetMapping(SYLLABUS)
    SyllabusAnalytics syllabus(@AuthenticationPrincipal Jwt token, HttpServletRequest request) {
        noParameters(request);
        return syllabus.of(student(token));
    }

    @GetMapping(TREND)
    AnalyticsTrend trend(@AuthenticationPrincipal Jwt token, HttpServletRequest request) {
        return trend.of(student(token), StudentTrend.Request.of(request.getParameterMap()));
    }

    @GetMapping(PERCENTILE)
    PercentileStandings percentile(@AuthenticationPrincipal Jwt token, HttpServletRequest request) {
        noParameters(request);
        return percentiles.of(student(token));
    }

    private static UUID student(Jwt token) {
        return UUID.fromString(token.getSubject());
    }

    /** A parameter these routes do not take is a mistake worth telling, not something to ignore. */
    private static void noParameters(HttpServletRequest request) {
        for (String name : request.getParameterMap().keySet()) {
            throw ProblemException.invalidField(name, "unknownParameter", "this route takes no parameters");
        }
    }

    @Bean
    static RouteAccess studentAnalyticsRoutes() {
        return () -> List.of(AccessRule.get(OVERVIEW, STUDENTS), AccessRule.get(SYLLABUS, STUDENTS),
                AccessRule.get(TREND, STUDENTS), AccessRule.get(PERCENTILE, STUDENTS));
    }
}
