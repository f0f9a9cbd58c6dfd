package io.revisio.identity.web;

import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import io.revisio.identity.external.ExternalAccounts;
import io.revisio.identity.external.SealedAuthorizationRequests;
import io.revisio.identity.session.RevokedSessions;
import io.revisio.identity.session.SignIn;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import io.revisio.identity.session.SessionTokens;
import java.time.Clock;
import io.revisio.identity.token.AccessTokens;
import io.revisio.identity.token.SigningKeyRing;
import io.revisio.platform.HttpProperties;
import io.revisio.shared.web.HttpSecurityContribution;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * API callers authenticate with our access tokens: signature by one of our keys, our issuer, not expired,
 * and a device session that has not been revoked (checked on every request).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class BearerTokens {

    /** Tokens kept verified (a few kilobytes each); clients beyond them are verified again, nothing fails. */
    private static final int VERIFIED_TOKENS_KEPT = 5_000;

    @Bean
    JwtDecoder accessTokenDecoder(SigningKeyRing keys, RevokedSessions revoked, HttpProperties http) {
        NimbusJwtDecoder signatures = NimbusJwtDecoder.withJwkSource(new ImmutableJWKSet<>(keys.publicKeys())).build();
        signatures.setJwtValidator(token -> OAuth2TokenValidatorResult.success()); // validated on every use below
        return new VerifiedTokens(signatures, new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(AccessTokens.issuerOf(http)), sessionNotRevoked(revoked)),
                VERIFIED_TOKENS_KEPT);
    }

    @Bean
    HttpSecurityContribution bearerTokenAuthentication(JwtDecoder decoder, AuthenticationEntryPoint entryPoint,
            SessionTokens sessionTokens, BrowserTokens cookies, Clock clock) {
        JwtAuthenticationConverter roles = roleFromToken();
        return (HttpSecurity http) -> http
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(roles))
                        .bearerTokenResolver(new ApiBearerTokens())
                        .authenticationEntryPoint(entryPoint))
                .addFilterBefore(new BrowserAuthentication(decoder, roles, sessionTokens, cookies, clock),
                        BearerTokenAuthenticationFilter.class);
    }

    /** Sign-in with OIDC providers, when any is enabled: PKCE, state and nonce kept in the browser. */
    @Bean
    HttpSecurityContribution providerSignIn(ObjectProvider<ClientRegistrationRepository> registrations,
            SealedAuthorizationRequests authorizationRequests, ExternalAccounts externalAccounts, SignIn signIn,
            BrowserTokens cookies, JwtDecoder decoder) {
        return (HttpSecurity http) -> {
            ClientRegistrationRepository clients = registrations.getIfAvailable();
            if (clients == null) {
                return;
            }
            DefaultOAuth2AuthorizationRequestResolver resolver =
                    new DefaultOAuth2AuthorizationRequestResolver(clients, "/oauth2/authorization");
            resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
            ExternalSignInFlow flow = new ExternalSignInFlow(externalAccounts, signIn, cookies, decoder);
            http.oauth2Login(login -> login
                    .loginPage("/login")
                    .clientRegistrationRepository(clients)
                    .authorizationEndpoint(endpoint -> endpoint
                            .authorizationRequestRepository(authorizationRequests)
                            .authorizationRequestResolver(resolver))
                    .authorizedClientRepository(new NoAuthorizedClients())
                    .successHandler(flow)
                    .failureHandler(flow));
        };
    }

    private static JwtAuthenticationConverter roleFromToken() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(token -> {
            String role = token.getClaimAsString(AccessTokens.ROLE_CLAIM);
            boolean enrolmentPending = Boolean.TRUE.equals(token.getClaimAsBoolean(AccessTokens.MFA_ENROLMENT_CLAIM));
            return role == null || enrolmentPending ? List.<GrantedAuthority>of()
                    : List.of(new SimpleGrantedAuthority("ROLE_" + role));
        });
        return converter;
    }

    private static OAuth2TokenValidator<Jwt> sessionNotRevoked(RevokedSessions revoked) {
        OAuth2Error error = new OAuth2Error("invalid_token", "The session of this token has ended", null);
        return token -> {
            String session = token.getClaimAsString(AccessTokens.SESSION_CLAIM);
            boolean valid;
            try {
                valid = session != null && !revoked.isRevoked(UUID.fromString(session));
            } catch (IllegalArgumentException e) {
                valid = false;
            }
            return valid ? OAuth2TokenValidatorResult.success() : OAuth2TokenValidatorResult.failure(error);
        };
    }
}
