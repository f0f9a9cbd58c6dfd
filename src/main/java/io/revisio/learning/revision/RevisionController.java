package io.revisio.learning.revision;

import io.revisio.identity.Role;
import io.revisio.shared.ApiPaths;
import io.revisio.shared.web.Access;
import io.revisio.shared.web.AccessRule;
import io.revisio.shared.web.RouteAccess;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A student's revision: the daily queue, the forecast, and suspending or snoozing a card. */
@RestController
class RevisionController {

    static final String REVISION = ApiPaths.V1 + "/revision";
    static final String CARD = REVISION + "/cards/{questionId}";

    private final RevisionQueue queue;
    private final RevisionSettingsStore settings;
    private final RevisionSessions sessions;
    private final CardChoices choices;
    private final Clock clock;

    RevisionController(RevisionQueue queue, RevisionSettingsStore settings, RevisionSessions sessions,
            CardChoices choices, Clock clock) {
        this.queue = queue;
        this.settings = settings;
        this.sessions = sessions;
        this.choices = choices;
        this.clock = clock;
    }

    /** @param count how many of today's cards to revise, most at risk first (default: the daily limit) */
    record RevisionRequest(@Min(1) @Max(200) Integer count) {
    }

    /** @param sessionId a tutor-mode practice session; its answers come back as reviews */
    record RevisionSession(UUID sessionId, int questions, long due) {
    }

    record TodayQuery(@Min(1) @Max(500) Integer limit) {
    }

    /** @param days how many days to put the card off, 1 to 30 (default 1) */
    record Snooze(@Min(1) @Max(30) Integer days) {
    }

    /** A card as it stands after a change. */
    record CardView(UUID questionId, String phase, Instant due, Instant lastReview, int reps, int lapses,
            boolean leech, boolean suspended) {

        static CardView of(CardStore.StudentCard card) {
            return new CardView(card.questionId(), card.card().phase().name(), card.card().due(),
                    card.card().lastReview(), card.card().reps(), card.card().lapses(), card.leech(), card.suspended());
        }
    }

    @GetMapping(REVISION + "/today")
    RevisionQueue.Today today(@AuthenticationPrincipal Jwt token, @Valid @ModelAttribute TodayQuery query) {
        UUID student = student(token);
        return queue.today(student, query.limit() == null ? settings.of(student).dailyLimit() : query.limit());
    }

    /** A practice session over today's due cards; answering them reviews them. */
    @PostMapping(REVISION + "/sessions")
    ResponseEntity<RevisionSession> start(@AuthenticationPrincipal Jwt token,
            @Valid @RequestBody(required = false) RevisionRequest body) {
        RevisionSessions.Started started = sessions.start(student(token), body == null ? null : body.count());
        return ResponseEntity.created(URI.create(ApiPaths.V1 + "/practice/sessions/" + started.sessionId()))
                .body(new RevisionSession(started.sessionId(), started.questions(), started.due()));
    }

    @GetMapping(REVISION + "/settings")
    RevisionSettings settings(@AuthenticationPrincipal Jwt token) {
        return settings.of(student(token));
    }

    /** New settings apply to reviews from now on; cards already scheduled keep their due dates. */
    @PutMapping(REVISION + "/settings")
    RevisionSettings changeSettings(@AuthenticationPrincipal Jwt token, @Valid @RequestBody RevisionSettings body) {
        settings.save(student(token), body, clock.instant());
        return settings.of(student(token));
    }

    @GetMapping(REVISION + "/forecast")
    RevisionQueue.Forecast forecast(@AuthenticationPrincipal Jwt token) {
        return queue.forecast(student(token));
    }

    @PostMapping(CARD + "/suspend")
    CardView suspend(@AuthenticationPrincipal Jwt token, @PathVariable UUID questionId) {
        return CardView.of(choices.suspend(student(token), questionId, true));
    }

    @PostMapping(CARD + "/unsuspend")
    CardView unsuspend(@AuthenticationPrincipal Jwt token, @PathVariable UUID questionId) {
        return CardView.of(choices.suspend(student(token), questionId, false));
    }

    /** Puts the card off by some days from when it is due (or from now, if it is overdue). */
    @PostMapping(CARD + "/snooze")
    CardView snooze(@AuthenticationPrincipal Jwt token, @PathVariable UUID questionId,
            @Valid @RequestBody(required = false) Snooze body) {
        return CardView.of(choices.snooze(student(token), questionId, body == null || body.days() == null ? 1
                : body.days()));
    }

    private static UUID student(Jwt token) {
        return UUID.fromString(token.getSubject());
    }

    @Bean
    static RouteAccess revisionRoutes() {
        Access students = Access.roles(Role.STUDENT.name());
        return () -> List.of(
                AccessRule.get(REVISION + "/today", students),
                AccessRule.post(REVISION + "/sessions", students),
                AccessRule.get(REVISION + "/forecast", students),
                AccessRule.get(REVISION + "/settings", students),
                new AccessRule(HttpMethod.PUT, REVISION + "/settings", students),
                AccessRule.post(CARD + "/suspend", students),
                AccessRule.post(CARD + "/unsuspend", students),
                AccessRule.post(CARD + "/snooze", students));
    }
}
