package io.revisio.practice.session;

import static io.revisio.practice.session.PracticePageSupport.PRACTICE;
import static io.revisio.practice.session.PracticePageSupport.SESSION;
import static io.revisio.practice.session.PracticePageSupport.STUDENTS;
import static io.revisio.practice.session.PracticePageSupport.integer;
import static io.revisio.practice.session.PracticePageSupport.integers;
import static io.revisio.practice.session.PracticePageSupport.message;
import static io.revisio.practice.session.PracticePageSupport.results;
import static io.revisio.practice.session.PracticePageSupport.session;
import static io.revisio.practice.session.PracticePageSupport.student;
import static io.revisio.practice.session.PracticePageSupport.uuid;

import io.revisio.practice.session.PracticePageViews.Feedback;
import io.revisio.practice.session.PracticePageViews.Option;
import io.revisio.practice.session.PracticePageViews.Step;
import io.revisio.shared.problem.ProblemException;
import io.revisio.shared.web.AccessRule;
import io.revisio.shared.web.RouteAccess;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The player: one question at a time, its answer form, and submitting the test. Plain forms with
 * post/redirect/get; a small script adds keyboard shortcuts and the countdown. A session that is no longer in
 * progress opens on its results (or the dashboard if it was abandoned).
 */
@Controller
class PracticePlayerPages {

    private final PracticePageSupport support;
    private final PracticeSessionRepository sessions;
    private final PracticeSessionViews views;
    private final Answering answering;
    private final PracticeSessionEnding ending;
    private final PracticeSessionPause pause;
    private final Clock clock;

    PracticePlayerPages(PracticePageSupport support, PracticeSessionRepository sessions, PracticeSessionViews views,
            Answering answering, PracticeSessionEnding ending, PracticeSessionPause pause, Clock clock) {
        this.support = support;
        this.sessions = sessions;
        this.views = views;
        this.answering = answering;
        this.ending = ending;
        this.pause = pause;
        this.clock = clock;
    }

    @GetMapping(SESSION)
    String player(@AuthenticationPrincipal Jwt token, @PathVariable UUID id,
            @RequestParam(required = false) String q, @RequestParam(required = false) String confirm, Model model) {
        PracticeSessionRepository.Header header = support.settled(student(token), id);
        if (!header.state().open()) {
            return "redirect:" + away(header);
        }
        model.addAttribute("player", player(header, position(q), "true".equals(confirm), null));
        return "practice/player";
    }

    /**
     * One form for the question on screen: the answer (sent only when it changed, with the form's answer id),
     * the flag and the struck-out options, then a move to the previous, next or same question or to submit.
     */
    @PostMapping(SESSION + "/questions/{questionId}")
    String answer(@AuthenticationPrincipal Jwt token, @PathVariable UUID id, @PathVariable UUID questionId,
            @RequestParam(required = false) String answerId, @RequestParam(required = false) String option,
            @RequestParam(required = false) String flagged, @RequestParam(required = false) String marks,
            @RequestParam(required = false) List<String> struck, @RequestParam(required = false) String go,
            @RequestParam(required = false) String position, HttpServletResponse response, Model model) {
        UUID student = student(token);
        PracticeSessionRepository.Header header = support.settled(student, id);
        if (header.state() != PracticeSessionState.IN_PROGRESS) {
            // Paused on another device: the player shows the pause; ended: its results.
            return "redirect:" + (header.state().open() ? session(id) : away(header));
        }
        PracticeSessionItem item = sessions.items(id).stream().filter(it -> it.questionId().equals(questionId))
                .findFirst().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        int at = item.position() + 1;
        try {
            Integer chosen = option == null || option.isBlank() ? null : integer(option, "option");
            Integer current = item.answered() ? item.shownPlace(item.chosenIndex()) : null;
            boolean locked = header.mode().feedbackAtOnce() && item.answered();
            Integer send = chosen == null || chosen.equals(current) || locked ? null : chosen;
            boolean marking = marks != null;
            if (send != null || marking) {
                answering.answer(student, id, questionId, new AnswerRequest(send == null ? null : uuid(answerId),
                        send, marking ? Boolean.valueOf("true".equals(flagged)) : null,
                        marking ? integers(struck, "struck") : null, null));
            }
        } catch (ProblemException refusal) {
            if ("practice-session-closed".equals(refusal.type())) {
                return "redirect:" + results(id);
            }
            response.setStatus(refusal.status().value());
            model.addAttribute("player", player(sessions.header(id, student).orElseThrow(), at, false,
                    message(refusal)));
            return "practice/player";
        }
        String base = session(id);
        return "redirect:" + switch (go == null ? "" : go) {
            case "next" -> base + "?q=" + (at + 1) + "#question";
            case "prev" -> base + "?q=" + (at - 1) + "#question";
            case "finish" -> base + "?q=" + at + "&confirm=true#confirm";
            default -> base + "?q=" + at + (header.mode().feedbackAtOnce() ? "#feedback" : "#question");
        };
    }

    @PostMapping(SESSION + "/submit")
    String submit(@AuthenticationPrincipal Jwt token, @PathVariable UUID id) {
        UUID student = student(token);
        PracticeSessionRepository.Header header = support.settled(student, id);
        if (header.state() == PracticeSessionState.ABANDONED) {
            return "redirect:" + PRACTICE;
        }
        ending.submit(student, id);
        return "redirect:" + results(id);
    }

    /** Pauses (where the mode allows it) or resumes, then shows the same question again. */
    @PostMapping(SESSION + "/pause")
    String pause(@AuthenticationPrincipal Jwt token, @PathVariable UUID id,
            @RequestParam(required = false) String position, @RequestParam(required = false) String resume,
            HttpServletResponse response, Model model) {
        UUID student = student(token);
        PracticeSessionRepository.Header header = support.settled(student, id);
        if (!header.state().open()) {
            return "redirect:" + away(header);
        }
        try {
            if ("true".equals(resume)) {
                pause.resume(student, id);
            } else {
                pause.pause(student, id);
            }
        } catch (ProblemException refusal) {
            response.setStatus(refusal.status().value());
            model.addAttribute("player", player(header, position(position), false, message(refusal)));
            return "practice/player";
        }
        return "redirect:" + session(id) + "?q=" + position(position) + "#question";
    }

    private PracticePageViews.Player player(PracticeSessionRepository.Header header, int requested, boolean confirm,
            String error) {
        PracticeSessionViews.SessionView view = views.session(header, sessions.items(header.id()), null);
        int position = Math.max(1, Math.min(requested, view.questions().size()));
        PracticeSessionViews.QuestionView shown = view.questions().get(position - 1);
        boolean tutor = header.mode().feedbackAtOnce();
        Integer chosen = shown.answer() == null ? null : shown.answer().option();
        List<Option> options = shown.options().stream().map(option -> new Option(option.option(), option.text(),
                chosen != null && chosen == option.option(), shown.struckOut().contains(option.option()))).toList();
        Feedback feedback = shown.feedback() == null ? null : new Feedback(shown.feedback().correct(),
                shown.feedback().correctOption(), shown.feedback().explanation());
        PracticePageViews.Question question = new PracticePageViews.Question(shown.questionId(), shown.stem(),
                options, chosen, shown.flagged(), tutor && chosen != null, feedback,
                shown.reason() == null ? null : shown.reason().explanation());
        List<Step> steps = view.questions().stream()
                .map(q -> new Step(q.position() + 1, q.answer() != null, q.flagged())).toList();
        Long secondsLeft = header.deadline() == null ? null
                : Math.max(0, Duration.between(clock.instant(), header.deadline()).toSeconds());
        return new PracticePageViews.Player(header.id(),
                PracticePageViews.modeName(header.mode().name(), view.timed()), tutor, view.timed(), view.pausable(),
                header.state() == PracticeSessionState.PAUSED, secondsLeft, position, view.count(), view.asked(),
                view.answered(), question, steps, confirm, error, UUID.randomUUID());
    }

    /** Where a session that is no longer in progress opens: its results, or the dashboard if abandoned. */
    private static String away(PracticeSessionRepository.Header header) {
        return header.state().hasResult() ? results(header.id()) : PRACTICE;
    }

    private static int position(String q) {
        try {
            return q == null ? 1 : Integer.parseInt(q.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    @Bean
    static RouteAccess practicePlayerRoutes() {
        return () -> List.of(
                AccessRule.get(SESSION, STUDENTS),
                AccessRule.post(SESSION + "/questions/{questionId}", STUDENTS),
                AccessRule.post(SESSION + "/submit", STUDENTS),
                AccessRule.post(SESSION + "/pause", STUDENTS));
    }
}
