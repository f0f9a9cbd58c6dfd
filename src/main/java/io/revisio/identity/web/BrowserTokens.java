package io.revisio.identity.web;

import io.revisio.identity.AuthProperties;
import io.revisio.identity.session.TokenPair;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * The browser keeps its tokens only in HttpOnly, Secure, SameSite=Lax cookies: scripts never see them,
 * and other sites cannot send them with their forms.
 */
@Component
class BrowserTokens {

    static final String ACCESS = "revisio_access";
    static final String REFRESH = "revisio_refresh";
    static final String MFA_CHALLENGE = "revisio_mfa";
    static final String CSRF = "XSRF-TOKEN";

    private final Duration refreshLifetime;

    BrowserTokens(AuthProperties properties) {
        this.refreshLifetime = properties.refreshIdleLifetime();
    }

    /** Stores a new sign-in's tokens and drops the CSRF token, so the signed-in pages get a fresh one. */
    void store(HttpServletResponse response, TokenPair tokens) {
        add(response, ACCESS, tokens.accessToken(), Duration.ofSeconds(tokens.expiresIn()));
        add(response, REFRESH, tokens.refreshToken(), refreshLifetime);
    }

    void rotateCsrfToken(HttpServletResponse response) {
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(CSRF, "").httpOnly(true).path("/")
                .maxAge(Duration.ZERO).build().toString());
    }

    void clear(HttpServletResponse response) {
        add(response, ACCESS, "", Duration.ZERO);
        add(response, REFRESH, "", Duration.ZERO);
    }

    void add(HttpServletResponse response, String name, String value, Duration maxAge) {
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(name, value)
                .httpOnly(true).secure(true).sameSite("Lax").path("/").maxAge(maxAge).build().toString());
    }

    static Optional<String> cookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty() : Arrays.stream(cookies)
                .filter(cookie -> cookie.getName().equals(name) && !cookie.getValue().isBlank())
                .map(Cookie::getValue).findFirst();
    }
}
