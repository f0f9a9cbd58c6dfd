package io.revisio.identity.web;

import io.revisio.identity.account.Account;
import io.revisio.identity.external.ExternalAccounts;
import io.revisio.identity.mfa.MfaChallenges;
import io.revisio.identity.session.MfaRequired;
import io.revisio.identity.session.SignIn;
import io.revisio.identity.session.SignInOutcome;
import io.revisio.identity.session.TokenPair;
import io.revisio.shared.problem.ProblemException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/**
 * The end of a sign-in at an OIDC provider: the provider's proof becomes our own device session (or
 * an MFA challenge), or, for someone already signed in, a link to their account. Spring's own
 * authentication is dropped: our cookies are the only sign-in state.
 */
class ExternalSignInFlow implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    private final ExternalAccounts externalAccounts;
    private final SignIn signIn;
    private final BrowserTokens cookies;
    private final JwtDecoder decoder;

    ExternalSignInFlow(ExternalAccounts externalAccounts, SignIn signIn, BrowserTokens cookies, JwtDecoder decoder) {
        this.externalAccounts = externalAccounts;
        this.signIn = signIn;
        this.cookies = cookies;
        this.decoder = decoder;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException {
        SecurityContextHolder.clearContext();
        OAuth2AuthenticationToken token = (OAuth2AuthenticationToken) authentication;
        OidcUser user = (OidcUser) token.getPrincipal();
        ExternalAccounts.Claims claims = new ExternalAccounts.Claims(token.getAuthorizedClientRegistrationId(),
                user.getSubject(), user.getEmail(), Boolean.TRUE.equals(user.getEmailVerified()), user.getFullName());
        Optional<UUID> signedIn = signedInAccount(request);
        try {
            if (signedIn.isPresent()) {
                externalAccounts.linkTo(signedIn.get(), claims);
                response.sendRedirect("/account?done=linked");
                return;
            }
            Account account = externalAccounts.signIn(claims);
            SignInOutcome outcome = signIn.withProvider(account, claims.provider(), DeviceLabels.of(null, request),
                    request.getRemoteAddr());
            if (outcome instanceof MfaRequired challenge) {
                cookies.add(response, BrowserTokens.MFA_CHALLENGE, challenge.challengeToken(), MfaChallenges.LIFETIME);
                response.sendRedirect("/login/mfa");
                return;
            }
            cookies.store(response, (TokenPair) outcome);
            cookies.rotateCsrfToken(response);
            response.sendRedirect("/account");
        } catch (ProblemException refusal) {
            response.sendRedirect((signedIn.isPresent() ? "/account" : "/login") + "?error=" + refusal.type());
        }
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        response.sendRedirect("/login?error=provider-failed");
    }

    private Optional<UUID> signedInAccount(HttpServletRequest request) {
        return BrowserTokens.cookie(request, BrowserTokens.ACCESS).flatMap(access -> {
            try {
                return Optional.of(UUID.fromString(decoder.decode(access).getSubject()));
            } catch (JwtException | IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }
}
