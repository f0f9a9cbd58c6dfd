package io.revisio.platform.web;

import io.revisio.platform.HttpProperties;
import io.revisio.shared.web.AccessRule;
import io.revisio.shared.web.HttpSecurityContribution;
import io.revisio.shared.web.PageContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import io.revisio.shared.web.RouteAccess;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.session.NullAuthenticatedSessionStrategy;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The HTTP security baseline: every route needs an explicit access rule (a mapped route without one
 * is refused), strict security headers on every response, and problem+json for denied API calls.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    /** No inline script or style, nothing from another origin, never framed. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /**
     * No observation per security filter, authentication and authorization: measured under load they cost
     * more than an answer's own work, and the request metrics (http.server.requests) already time each call.
     */
    @Bean
    static SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, List<RouteAccess> routes,
            List<HttpSecurityContribution> contributions, RequestMappingHandlerMapping handlers,
            AuthenticationEntryPoint entryPoint, ProblemResponses problems, HttpProperties properties)
            throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        http.authorizeHttpRequests(requests -> {
            for (RouteAccess route : routes) {
                for (AccessRule rule : route.rules()) {
                    var matched = requests.requestMatchers(paths.matcher(rule.method(), rule.pattern()));
                    switch (rule.access().kind()) {
                        case ANYONE -> matched.permitAll();
                        case SIGNED_IN -> matched.authenticated();
                        case ROLES -> matched.hasAnyRole(rule.access().roles().toArray(String[]::new));
                    }
                }
            }
            requests.anyRequest().access(new UnruledRoutes(handlers));
        });
        http.csrf(csrf -> csrf
                // The JSON API authenticates with bearer tokens, never with ambient cookies.
                .ignoringRequestMatchers(paths.matcher("/api/**"))
                .csrfTokenRepository(new CookieCsrfTokenRepository())
                // Every page request authenticates its access cookie; rotating the CSRF token on each would
                // break forms open in other tabs. Signing in rotates it explicitly instead.
                .sessionAuthenticationStrategy(new NullAuthenticatedSessionStrategy()));
        http.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        http.requestCache(cache -> cache.disable());
        http.httpBasic(AbstractHttpConfigurer::disable);
        http.formLogin(AbstractHttpConfigurer::disable);
        http.logout(AbstractHttpConfigurer::disable);
        http.cors(cors -> cors.configurationSource(corsFor(properties)));
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(frames -> frames.deny())
                .httpStrictTransportSecurity(hsts -> hsts
                        .maxAgeInSeconds(Duration.ofDays(365).toSeconds())
                        .includeSubDomains(true)));
        http.exceptionHandling(errors -> errors
                .authenticationEntryPoint(entryPoint)
                .accessDeniedHandler((request, response, ex) ->
                        deny(request, response, problems, HttpStatus.FORBIDDEN, "You may not use this address.")));
        for (HttpSecurityContribution contribution : contributions) {
            contribution.contribute(http);
        }
        return http.build();
    }

    /** 401 as problem+json for the API (with the bearer challenge); pages send the browser to sign in. */
    @Bean
    AuthenticationEntryPoint problemEntryPoint(ProblemResponses problems) {
        return (request, response, ex) -> {
            if (ProblemResponses.isApi(request, null)) {
                response.setHeader("WWW-Authenticate", "Bearer");
                problems.write(request, response, HttpStatus.UNAUTHORIZED, "Sign in to use this address.");
            } else if ("GET".equals(request.getMethod())) {
                response.sendRedirect(PageContext.SIGN_IN_PAGE + "?next="
                        + URLEncoder.encode(request.getRequestURI(), StandardCharsets.UTF_8));
            } else {
                response.sendError(HttpStatus.UNAUTHORIZED.value());
            }
        };
    }

    private static void deny(HttpServletRequest request, HttpServletResponse response, ProblemResponses problems,
            HttpStatus status, String detail) throws IOException {
        if (ProblemResponses.isApi(request, null)) {
            problems.write(request, response, status, detail);
        } else {
            response.sendError(status.value());
        }
    }

    private static UrlBasedCorsConfigurationSource corsFor(HttpProperties properties) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        if (!properties.corsOrigins().isEmpty()) {
            CorsConfiguration api = new CorsConfiguration();
            api.setAllowedOrigins(properties.corsOrigins());
            api.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
            api.setAllowedHeaders(List.of("Authorization", "Content-Type", "If-Match", "X-Request-Id"));
            api.setExposedHeaders(List.of("ETag", "Location", "Retry-After", "X-Request-Id"));
            api.setMaxAge(Duration.ofHours(1));
            source.registerCorsConfiguration("/api/**", api);
        }
        return source;
    }
}
