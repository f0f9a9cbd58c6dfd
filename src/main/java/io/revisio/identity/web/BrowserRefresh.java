package io.revisio.identity.web;

import com.nimbusds.jwt.SignedJWT;
import io.revisio.identity.session.SessionTokens;
import io.revisio.identity.session.TokenPair;
import io.revisio.shared.problem.ProblemException;
import io.revisio.shared.problem.TooManyRequestsException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a browser signed in without scripts: before a page request is authenticated, an access cookie
 * that is missing, invalid or about to expire is replaced by refreshing with the refresh cookie; when that
 * fails the cookies are cleared, so public pages keep working for someone whose session ended.
 */
class BrowserRefresh extends OncePerRequestFilter {

    private static final Duration EARLY = Duration.ofSeconds(30);

    private final JwtDecoder decoder;
    private final SessionTokens sessionTokens;
    private final BrowserTokens cookies;
    private final Clock clock;

    BrowserRefresh(JwtDecoder decoder, SessionTokens sessionTokens, BrowserTokens cookies, Clock clock) {
        this.decoder = decoder;
        this.sessionTokens = sessionTokens;
        this.cookies = cookies;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return PageTokens.isApi(request) || path.startsWith("/css/") || path.startsWith("/img/")
                || path.startsWith("/js/") || path.startsWith("/webjars/"); // assets need nobody signed in
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String access = BrowserTokens.cookie(request, BrowserTokens.ACCESS).filter(this::stillGood).orElse(null);
        if (access == null) {
            var refresh = BrowserTokens.cookie(request, BrowserTokens.REFRESH);
            if (refresh.isPresent()) {
                try {
                    TokenPair renewed = sessionTokens.refresh(refresh.get(), request.getRemoteAddr());
                    cookies.store(response, renewed);
                    access = renewed.accessToken();
                } catch (TooManyRequestsException e) {
                    // keep the cookies: the next request may refresh; this one goes on signed out
                } catch (ProblemException e) {
                    cookies.clear(response);
                }
            } else if (BrowserTokens.cookie(request, BrowserTokens.ACCESS).isPresent()) {
                cookies.clear(response);
            }
        }
        request.setAttribute(BrowserTokens.CURRENT, access == null ? "" : access);
        chain.doFilter(request, response);
    }

    private boolean stillGood(String token) {
        try {
            decoder.decode(token);
            Date expires = SignedJWT.parse(token).getJWTClaimsSet().getExpirationTime();
            return expires != null && expires.toInstant().isAfter(clock.instant().plus(EARLY));
        } catch (JwtException | ParseException e) {
            return false;
        }
    }
}
