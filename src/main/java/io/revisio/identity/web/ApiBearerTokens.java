package io.revisio.identity.web;

import io.revisio.shared.ApiPaths;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/**
 * The JSON API reads its access token from the Authorization header only, never from a cookie, so it
 * needs no CSRF protection. Pages are signed in by {@link BrowserAuthentication} from their cookies.
 */
class ApiBearerTokens implements BearerTokenResolver {

    private final DefaultBearerTokenResolver header = new DefaultBearerTokenResolver();

    @Override
    public String resolve(HttpServletRequest request) {
        return ApiPaths.isApi(request.getRequestURI()) ? header.resolve(request) : null;
    }
}
