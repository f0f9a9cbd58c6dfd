package io.revisio.practice.session;

import static io.revisio.practice.session.PracticePageSupport.PRACTICE;
import static io.revisio.practice.session.PracticePageSupport.SESSION;
import static io.revisio.practice.session.PracticePageSupport.STUDENTS;
import static io.revisio.practice.session.PracticePageSupport.session;
import static io.revisio.practice.session.PracticePageSupport.student;

import io.revisio.practice.DifficultyBadges;
import io.revisio.practice.session.PracticePageViews.Part;
import io.revisio.practice.session.PracticePageViews.Score;
import io.revisio.shared.web.AccessRule;
import io.revisio.shared.web.RouteAccess;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A finished test's results (score by block and theme) and its question-by-question review. */
@Controller
class PracticeResultPages {

    private final PracticePageSupport support;
    private final PracticeSessionRepository sessions;
    private final PracticeSessionReview review;
    private final PracticeSessionResults results;
    private final ObjectProvider<DifficultyBadges> badges;

    PracticeResultPages(PracticePageSupport support, PracticeSessionRepository sessions,
            PracticeSessionReview review, PracticeSessionResults results, ObjectProvider<DifficultyBadges> badges) {
        this.support = support;
        this.sessions = sessions;
        this.review = review;
        this.results = results;
        this.badges = badges;
    }

    @GetMapping(SESSION + "/results")
    String results(@AuthenticationPrincipal Jwt token, @PathVariable UUID id, Model model) {
        PracticeSessionRepository.Header header = support.settled(student(token), id);
        if (!header.state().hasResult()) {
            return "redirect:" + (header.state().open() ? session(id) : PRACTICE);
        }
        PracticeSessionResults.Result result = results.of(header, sessions.items(id));
        model.addAttribute("results", new PracticePageViews.Results(id, header.state().name(), score(result.score()),
                parts(result.blocks()), parts(result.themes())));
        return "practice/results";
    }

    @GetMapping(SESSION + "/review")
    String review(@AuthenticationPrincipal Jwt token, @PathVariable UUID id,
            @RequestParam(required = false) String filter, Model model) {
        UUID student = student(token);
        PracticeSessionRepository.Header header = support.settled(student, id);
        if (!header.state().hasResult()) {
            return "redirect:" + session(id);
        }
        PracticeSessionReview.Filter chosen;
        try {
            chosen = PracticeSessionReview.Filter.named(filter);
        } catch (IllegalArgumentException e) {
            chosen = PracticeSessionReview.Filter.ALL;
        }
        PracticeSessionReview.Review seen = review.of(student, id, chosen);
        List<PracticePageViews.ReviewQuestion> questions = seen.questions().stream()
                .map(question -> new PracticePageViews.ReviewQuestion(question.position() + 1, question.questionId(),
                        question.stem(),
                        question.options().stream().map(o -> new PracticePageViews.ReviewOption(o.option(), o.text(),
                                o.correct(), o.yours(), o.share() == null ? null
                                : Math.round(o.share() * 100) + "%")).toList(),
                        question.yourOption(), question.correctOption(), question.correct(), question.explanation(),
                        question.references().stream().map(r -> r.source()
                                + (r.page() == null || r.page().isBlank() ? "" : ", p. " + r.page())).toList(),
                        PracticePageViews.duration(question.timeSpentMs()), question.flagged(),
                        question.chosenByPeers()))
                .toList();
        model.addAttribute("review", new PracticePageViews.Review(id, seen.filter(), score(seen.result().score()),
                questions));
        DifficultyBadges provider = badges.getIfAvailable();
        model.addAttribute("badges", provider == null ? Map.of()
                : provider.of(questions.stream().map(PracticePageViews.ReviewQuestion::questionId).toList()));
        return "practice/review";
    }

    private static Score score(PracticeSessionResults.Score score) {
        return new Score(score.correct(), score.total(), PracticePageViews.percent(score.percent()));
    }

    private static List<Part> parts(List<PracticeSessionResults.Part> parts) {
        return parts.stream().map(part -> new Part(part.code(), part.name() == null ? "Not filed" : part.name(),
                score(part.score()))).toList();
    }

    @Bean
    static RouteAccess practiceResultRoutes() {
        return () -> List.of(
                AccessRule.get(SESSION + "/results", STUDENTS),
                AccessRule.get(SESSION + "/review", STUDENTS));
    }
}
