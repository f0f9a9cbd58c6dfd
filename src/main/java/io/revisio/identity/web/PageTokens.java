package io.revisio.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/**
 * Where a request's access token comes from: the Authorization header for the JSON API (never a cookie,
 * so the API needs no CSRF protection), the session cookie for pages.
 */
class PageTokens implements BearerTokenResolver {

    private final DefaultBearerTokenResolver header = new DefaultBearerTokenResolver();

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.equals("/api") || path.startsWith("/api/");
    }

    @Override
    public String resolve(HttpServletRequest request) {
        if (isApi(request)) {
            return header.resolve(request);
        }
        Object current = request.getAttribute(BrowserTokens.CURRENT);
        return current instanceof String token && !token.isEmpty() ? token : null;
    }
}
