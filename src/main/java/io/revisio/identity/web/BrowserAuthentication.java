package io.revisio.identity.web;

import io.revisio.identity.session.SessionTokens;
import io.revisio.identity.session.TokenPair;
import io.revisio.shared.ApiPaths;
import io.revisio.shared.problem.ProblemException;
import io.revisio.shared.problem.TooManyRequestsException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs page requests in from the browser's cookies, without scripts: the access cookie is verified once
 * (signature, issuer, expiry, session not revoked); one that is missing, invalid or about to expire is
 * replaced by refreshing with the refresh cookie, and when that fails the cookies are cleared, so public
 * pages keep working for someone whose session ended.
 */
class BrowserAuthentication extends OncePerRequestFilter {

    private static final Duration EARLY = Duration.ofSeconds(30);

    private final JwtDecoder decoder;
    private final Converter<Jwt, AbstractAuthenticationToken> authentication;
    private final SessionTokens sessionTokens;
    private final BrowserTokens cookies;
    private final Clock clock;

    BrowserAuthentication(JwtDecoder decoder, Converter<Jwt, AbstractAuthenticationToken> authentication,
            SessionTokens sessionTokens, BrowserTokens cookies, Clock clock) {
        this.decoder = decoder;
        this.authentication = authentication;
        this.sessionTokens = sessionTokens;
        this.cookies = cookies;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return ApiPaths.isApi(path) || ApiPaths.isStaticAsset(path); // the API uses its header; assets need nobody
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> accessCookie = BrowserTokens.cookie(request, BrowserTokens.ACCESS);
        Jwt access = accessCookie.flatMap(this::stillGood).orElse(null);
        if (access == null) {
            var refresh = BrowserTokens.cookie(request, BrowserTokens.REFRESH);
            if (refresh.isPresent()) {
                access = renewed(refresh.get(), request, response);
            } else if (accessCookie.isPresent()) {
                cookies.clear(response);
            }
        }
        if (access != null) {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(authentication.convert(access));
            SecurityContextHolder.setContext(context);
        }
        chain.doFilter(request, response);
    }

    private Jwt renewed(String refreshToken, HttpServletRequest request, HttpServletResponse response) {
        try {
            TokenPair renewed = sessionTokens.refresh(refreshToken, request.getRemoteAddr());
            cookies.store(response, renewed);
            return decoder.decode(renewed.accessToken());
        } catch (TooManyRequestsException e) {
            return null; // keep the cookies: the next request may refresh; this one goes on signed out
        } catch (ProblemException | JwtException e) {
            cookies.clear(response);
            return null;
        }
    }

    private Optional<Jwt> stillGood(String token) {
        try {
            Jwt jwt = decoder.decode(token);
            return jwt.getExpiresAt() != null && jwt.getExpiresAt().isAfter(clock.instant().plus(EARLY))
                    ? Optional.of(jwt) : Optional.empty();
        } catch (JwtException e) {
            return Optional.empty();
        }
    }
}
