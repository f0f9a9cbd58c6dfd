package io.revisio.identity.web;

import io.revisio.identity.session.AccountSessions;
import io.revisio.identity.session.DeviceSession;
import io.revisio.shared.ApiPaths;
import io.revisio.shared.problem.ProblemException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's device sessions: list, end one, sign out here or everywhere. */
@RestController
@RequestMapping(ApiPaths.V1 + "/auth")
class SessionController {

    private final AccountSessions sessions;

    SessionController(AccountSessions sessions) {
        this.sessions = sessions;
    }

    record SessionView(UUID id, String deviceLabel, String ip, Instant createdAt, Instant lastSeenAt,
            boolean current) {
    }

    @GetMapping("/sessions")
    List<SessionView> list(@AuthenticationPrincipal Jwt token) {
        SignedIn caller = SignedIn.from(token);
        return sessions.list(caller.accountId()).stream().map(session -> view(session, caller)).toList();
    }

    @DeleteMapping("/sessions/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void end(@AuthenticationPrincipal Jwt token, @PathVariable UUID id) {
        if (!sessions.end(SignedIn.from(token).accountId(), id, "ended by its owner")) {
            throw new ProblemException(HttpStatus.NOT_FOUND, "not-found", "You have no active session with this id.");
        }
    }

    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void logout(@AuthenticationPrincipal Jwt token) {
        SignedIn caller = SignedIn.from(token);
        sessions.end(caller.accountId(), caller.sessionId(), "signed out");
    }

    @PostMapping("/logout-all")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void logoutEverywhere(@AuthenticationPrincipal Jwt token) {
        sessions.endAll(SignedIn.from(token).accountId());
    }

    private static SessionView view(DeviceSession session, SignedIn caller) {
        return new SessionView(session.id(), session.deviceLabel(), session.ip(), session.createdAt(),
                session.lastSeenAt(), session.id().equals(caller.sessionId()));
    }
}
