package io.revisio.practice.session;

import static io.revisio.practice.session.PracticePageSupport.PRACTICE;
import static io.revisio.practice.session.PracticePageSupport.STUDENTS;
import static io.revisio.practice.session.PracticePageSupport.student;

import io.revisio.practice.RevisionDue;
import io.revisio.practice.session.PracticePageViews.SessionLine;
import io.revisio.shared.web.AccessRule;
import io.revisio.shared.web.RouteAccess;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The student's practice dashboard: tests in progress and the last finished ones, and how many revision cards
 * are due today (when a module provides {@link RevisionDue}). A timed session whose deadline has passed is
 * expired first, so it is listed as it stands.
 */
@Controller
class PracticeDashboardPage {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final PracticeSessionRepository sessions;
    private final PracticeSessionEnding ending;
    private final Clock clock;
    private final ObjectProvider<RevisionDue> revision;

    PracticeDashboardPage(PracticeSessionRepository sessions, PracticeSessionEnding ending, Clock clock,
            ObjectProvider<RevisionDue> revision) {
        this.sessions = sessions;
        this.ending = ending;
        this.clock = clock;
        this.revision = revision;
    }

    @GetMapping(PRACTICE)
    String dashboard(@AuthenticationPrincipal Jwt token, Model model) {
        UUID student = student(token);
        List<SessionLine> open = new ArrayList<>();
        List<SessionLine> finished = new ArrayList<>();
        for (PracticeSessionRepository.Listed listed : sessions.recent(student, 30)) {
            PracticeSessionRepository.Header header = listed.header();
            if (header.state() == PracticeSessionState.IN_PROGRESS && header.deadline() != null
                    && !clock.instant().isBefore(header.deadline())) {
                ending.settle(student, header.id()); // shown as it stands: expired
                header = sessions.header(header.id(), student).orElseThrow();
            }
            String score = header.state().hasResult() && header.correctCount() != null
                    ? header.correctCount() + " of " + listed.count() + " ("
                    + PracticePageViews.percent(PracticeSessionResults.Score.of(header.correctCount(),
                    listed.count()).percent()) + ")" : null;
            SessionLine line = new SessionLine(header.id(), header.mode().name(), header.deadline() != null,
                    header.state().name(), WHEN.format(header.createdAt()), listed.count(), listed.answered(), score);
            (header.state().open() ? open : finished).add(line);
        }
        model.addAttribute("dashboard", new PracticePageViews.Dashboard(open,
                finished.stream().limit(10).toList()));
        RevisionDue due = revision.getIfAvailable();
        model.addAttribute("revisionDue", due == null ? null : due.dueToday(student));
        return "practice/dashboard";
    }

    @Bean
    static RouteAccess practiceDashboardRoutes() {
        return () -> List.of(AccessRule.get(PRACTICE, STUDENTS));
    }
}
