package io.revisio.identity.session;

import io.revisio.identity.AuthProperties;
import io.revisio.identity.account.Account;
import io.revisio.identity.account.AccountRepository;
import io.revisio.identity.mfa.MultiFactor;
import io.revisio.identity.token.AccessTokens;
import io.revisio.identity.token.RefreshTokens;
import io.revisio.platform.AuditEvent;
import io.revisio.platform.AuditLog;
import io.revisio.platform.RateLimiter;
import io.revisio.shared.problem.ProblemException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts device sessions and rotates their refresh tokens. Every refresh token is used once; presenting
 * a used one again means it was stolen or replayed, so the whole session ends — except within a short
 * grace window, where a client retrying after a lost answer gets the same successor back.
 */
@Component
public class SessionTokens {

    private final DeviceSessions sessions;
    private final AccountRepository accounts;
    private final RefreshTokens refreshTokens;
    private final AccessTokens accessTokens;
    private final SessionRevocation revocation;
    private final MultiFactor multiFactor;
    private final AuditLog audit;
    private final RateLimiter limiter;
    private final Clock clock;
    private final AuthProperties properties;

    SessionTokens(DeviceSessions sessions, AccountRepository accounts, RefreshTokens refreshTokens,
            AccessTokens accessTokens, SessionRevocation revocation, MultiFactor multiFactor, AuditLog audit,
            RateLimiter limiter, Clock clock, AuthProperties properties) {
        this.limiter = limiter;
        this.multiFactor = multiFactor;
        this.sessions = sessions;
        this.accounts = accounts;
        this.refreshTokens = refreshTokens;
        this.accessTokens = accessTokens;
        this.revocation = revocation;
        this.audit = audit;
        this.clock = clock;
        this.properties = properties;
    }

    /** A new device session for a signed-in account, with its first tokens. */
    @Transactional
    public TokenPair start(Account signingIn, String deviceLabel, String ip) {
        Account account = accounts.findForSignIn(signingIn.id()).filter(current -> !current.isDisabled())
                .orElseThrow(() -> new ProblemException(HttpStatus.FORBIDDEN, "account-disabled",
                        "This account is disabled."));
        Instant now = clock.instant();
        DeviceSession session = new DeviceSession(UUID.randomUUID(), account.id(), deviceLabel, ip, now, now,
                now.plus(properties.refreshAbsoluteLifetime()), null);
        sessions.insert(session);
        String refreshToken = refreshTokens.first();
        sessions.insertToken(session.id(), RefreshTokens.hash(refreshToken), now, idleExpiry(session, now));
        return tokens(account, session.id(), refreshToken);
    }

    @Transactional(noRollbackFor = ProblemException.class)
    public TokenPair refresh(String refreshToken, String ip) {
        limiter.acquire("refresh:ip:" + ip, properties.limits().refreshPerIp(), Duration.ofMinutes(1));
        Instant now = clock.instant();
        DeviceSessions.StoredRefreshToken stored = sessions.lockToken(RefreshTokens.hash(blankSafe(refreshToken)))
                .orElseThrow(SessionTokens::invalid);
        DeviceSession session = sessions.find(stored.sessionId()).orElseThrow(SessionTokens::invalid);
        if (!session.isActiveAt(now) || !now.isBefore(stored.expiresAt())) {
            throw invalid();
        }
        Account account = accounts.findById(session.accountId())
                .filter(candidate -> !candidate.isDisabled())
                .orElseThrow(SessionTokens::invalid);
        String successor = refreshTokens.successorOf(refreshToken);
        if (stored.rotatedAt() != null) {
            return retryOrReuse(session, stored, successor, account, now);
        }
        sessions.markRotated(stored.id(), now);
        sessions.insertToken(session.id(), RefreshTokens.hash(successor), now, idleExpiry(session, now));
        sessions.touch(session.id(), ip, now);
        return tokens(account, session.id(), successor);
    }

    /**
     * A rotated token again: the same successor inside the grace window (as long as that successor has not
     * been used itself), otherwise reuse, which ends the session and every token of it.
     */
    private TokenPair retryOrReuse(DeviceSession session, DeviceSessions.StoredRefreshToken stored,
            String successor, Account account, Instant now) {
        boolean withinGrace = !now.isAfter(stored.rotatedAt().plus(properties.refreshReuseGrace()));
        boolean successorUnused = sessions.findToken(RefreshTokens.hash(successor))
                .map(next -> next.rotatedAt() == null).orElse(false);
        if (withinGrace && successorUnused) {
            return tokens(account, session.id(), successor);
        }
        revocation.revoke(List.of(session.id()), "refresh token reused");
        audit.record(AuditEvent.security("refresh.reuse-detected", null, account.id(),
                Map.of("sessionId", session.id().toString())));
        throw invalid();
    }

    private TokenPair tokens(Account account, UUID sessionId, String refreshToken) {
        boolean enrolmentPending = properties.mfaRequiredForStaff() && account.role().isStaff()
                && !multiFactor.isEnabled(account.id());
        String accessToken = accessTokens.issue(account.id(), sessionId, account.role(), enrolmentPending);
        return TokenPair.bearer(accessToken, refreshToken, accessTokens.lifetime().toSeconds());
    }

    private Instant idleExpiry(DeviceSession session, Instant now) {
        Instant idle = now.plus(properties.refreshIdleLifetime());
        return idle.isBefore(session.expiresAt()) ? idle : session.expiresAt();
    }

    private static String blankSafe(String token) {
        return token == null ? "" : token;
    }

    private static ProblemException invalid() {
        return new ProblemException(HttpStatus.UNAUTHORIZED, "invalid-refresh-token",
                "The refresh token is not valid. Sign in again.");
    }
}
