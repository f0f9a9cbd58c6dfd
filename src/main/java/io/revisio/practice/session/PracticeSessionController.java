package io.revisio.practice.session;

import io.revisio.identity.Role;
import io.revisio.shared.ApiPaths;
import io.revisio.shared.problem.ProblemException;
import io.revisio.shared.web.Access;
import io.revisio.shared.web.AccessRule;
import io.revisio.shared.web.RouteAccess;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Practice sessions for the signed-in student: build one, open it on any device, answer, submit or
 * abandon it, and review it. Another student's session answers 404, as if it did not exist. Every action
 * first lets the server expire a session whose deadline has passed, so a late client sees it ended.
 */
@RestController
class PracticeSessionController {

    static final String SESSIONS = ApiPaths.V1 + "/practice/sessions";
    static final String SESSION = SESSIONS + "/{id}";

    private final PracticeSessionBuilder builder;
    private final PracticeSessionRepository sessions;
    private final PracticeSessionViews views;
    private final Answering answering;
    private final PracticeSessionEnding ending;
    private final PracticeSessionReview review;
    private final PracticeSessionPause pause;

    PracticeSessionController(PracticeSessionBuilder builder, PracticeSessionRepository sessions,
            PracticeSessionViews views, Answering answering,
            PracticeSessionEnding ending, PracticeSessionReview review, PracticeSessionPause pause) {
        this.builder = builder;
        this.sessions = sessions;
        this.views = views;
        this.answering = answering;
        this.ending = ending;
        this.review = review;
        this.pause = pause;
    }

    @PostMapping(SESSIONS)
    ResponseEntity<PracticeSessionViews.SessionView> create(@AuthenticationPrincipal Jwt token,
            @Valid @RequestBody BuildRequest body) {
        PracticeSessionBuilder.Built built = builder.build(student(token), body);
        PracticeSessionViews.Selection selection = new PracticeSessionViews.Selection(built.asked(), built.got(),
                built.available(),
                built.got() < built.asked());
        return ResponseEntity.created(URI.create(SESSIONS + "/" + built.header().id()))
                .body(views.session(built.header(), sessions.items(built.header().id()), selection));
    }

    @GetMapping(SESSION)
    PracticeSessionViews.SessionView get(@AuthenticationPrincipal Jwt token, @PathVariable UUID id) {
        return current(student(token), id);
    }

    @PutMapping(SESSION + "/answers/{questionId}")
    PracticeSessionViews.AnswerView answer(@AuthenticationPrincipal Jwt token, @PathVariable UUID id,
            @PathVariable UUID questionId, @Valid @RequestBody AnswerRequest body) {
        UUID student = student(token);
        ending.settle(student, id);
        return answering.answer(student, id, questionId, body);
    }

    @PostMapping(SESSION + "/submit")
    PracticeSessionResults.Result submit(@AuthenticationPrincipal Jwt token, @PathVariable UUID id) {
        UUID student = student(token);
        ending.settle(student, id);
        ending.submit(student, id);
        return current(student, id).result();
    }

    /** Tutor and untimed exam sessions only; a timed exam answers 409. */
    @PostMapping(SESSION + "/pause")
    PracticeSessionViews.SessionView pause(@AuthenticationPrincipal Jwt token, @PathVariable UUID id) {
        UUID student = student(token);
        ending.settle(student, id);
        pause.pause(student, id);
        return current(student, id);
    }

    @PostMapping(SESSION + "/resume")
    PracticeSessionViews.SessionView resume(@AuthenticationPrincipal Jwt token, @PathVariable UUID id) {
        UUID student = student(token);
        ending.settle(student, id);
        pause.resume(student, id);
        return current(student, id);
    }

    @PostMapping(SESSION + "/abandon")
    PracticeSessionViews.SessionView abandon(@AuthenticationPrincipal Jwt token, @PathVariable UUID id) {
        UUID student = student(token);
        ending.settle(student, id);
        ending.abandon(student, id);
        return current(student, id);
    }

    @GetMapping(SESSION + "/review")
    PracticeSessionReview.Review review(@AuthenticationPrincipal Jwt token, @PathVariable UUID id,
            @RequestParam(name = "filter", required = false) String filter) {
        UUID student = student(token);
        ending.settle(student, id);
        PracticeSessionReview.Filter chosen;
        try {
            chosen = PracticeSessionReview.Filter.named(filter);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("filter", "unknownFilter", "must be all, incorrect or flagged");
        }
        return review.of(student, id, chosen);
    }

    private PracticeSessionViews.SessionView current(UUID student, UUID id) {
        ending.settle(student, id);
        PracticeSessionRepository.Header header = sessions.header(id, student)
                .orElseThrow(() -> PracticeSessionProblems.notFound(id));
        return views.session(header, sessions.items(id), null);
    }

    private static UUID student(Jwt token) {
        return UUID.fromString(token.getSubject());
    }

    @Bean
    static RouteAccess practiceSessionRoutes() {
        // Practice is for students: staff accounts review questions in the bank, and keeping them out keeps
        // the peer shares of the review the students' own.
        Access students = Access.roles(Role.STUDENT.name());
        return () -> List.of(
                AccessRule.post(SESSIONS, students),
                AccessRule.get(SESSION, students),
                new AccessRule(HttpMethod.PUT, SESSION + "/answers/{questionId}", students),
                AccessRule.post(SESSION + "/submit", students),
                AccessRule.post(SESSION + "/pause", students),
                AccessRule.post(SESSION + "/resume", students),
                AccessRule.post(SESSION + "/abandon", students),
                AccessRule.get(SESSION + "/review", students));
    }
}
