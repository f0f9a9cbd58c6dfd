package io.revisio.identity.web;

import static io.revisio.shared.web.Access.anyone;
import static io.revisio.shared.web.Access.signedIn;

import io.revisio.shared.ApiPaths;
import io.revisio.shared.web.AccessRule;
import io.revisio.shared.web.RouteAccess;
import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/** Who may call the identity routes. */
@Component
class IdentityRoutes implements RouteAccess {

    private static final String AUTH = ApiPaths.V1 + "/auth";

    @Override
    public List<AccessRule> rules() {
        return List.of(
                AccessRule.post(AUTH + "/register", anyone()),
                AccessRule.post(AUTH + "/verify-email", anyone()),
                AccessRule.post(AUTH + "/verify-email/resend", anyone()),
                AccessRule.post(AUTH + "/login", anyone()),
                AccessRule.post(AUTH + "/refresh", anyone()),
                AccessRule.post(AUTH + "/password/forgot", anyone()),
                AccessRule.post(AUTH + "/password/reset", anyone()),
                AccessRule.get(AUTH + "/jwks.json", anyone()),
                AccessRule.post(AUTH + "/logout", signedIn()),
                AccessRule.post(AUTH + "/logout-all", signedIn()),
                AccessRule.get(AUTH + "/sessions", signedIn()),
                new AccessRule(HttpMethod.DELETE, AUTH + "/sessions/{id}", signedIn()),
                AccessRule.post(AUTH + "/mfa/verify", anyone()),
                AccessRule.post(AUTH + "/confirm-email", anyone()),
                AccessRule.post(ApiPaths.V1 + "/me/email", signedIn()),
                AccessRule.any("/confirm-email", anyone()),
                AccessRule.get(AUTH + "/mfa", signedIn()),
                AccessRule.post(AUTH + "/mfa/enrol", signedIn()),
                AccessRule.post(AUTH + "/mfa/confirm", signedIn()),
                AccessRule.post(AUTH + "/mfa/disable", signedIn()),
                AccessRule.get(ApiPaths.V1 + "/me", signedIn()),
                new AccessRule(HttpMethod.PATCH, ApiPaths.V1 + "/me", signedIn()),
                AccessRule.post(ApiPaths.V1 + "/me/password", signedIn()),
                // pages
                AccessRule.any("/login", anyone()),
                AccessRule.any("/login/mfa", anyone()),
                AccessRule.any("/register", anyone()),
                AccessRule.any("/verify-email", anyone()),
                AccessRule.any("/forgot-password", anyone()),
                AccessRule.any("/reset-password", anyone()),
                AccessRule.post("/logout", anyone()),
                // sign-in with OIDC providers (handled by filters, no controller)
                AccessRule.get("/oauth2/authorization/*", anyone()),
                AccessRule.get("/login/oauth2/code/*", anyone()),
                AccessRule.any("/account", signedIn()),
                AccessRule.any("/account/**", signedIn()));
    }
}
