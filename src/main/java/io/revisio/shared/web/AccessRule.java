package io.revisio.shared.web;

import org.springframework.http.HttpMethod;

/**
 * One explicit access rule: a path pattern (Spring path pattern syntax), optionally limited to one
 * HTTP method, and who may call it. A route that no rule covers is unreachable.
 *
 * @param method the method this rule covers, or {@code null} for every method
 */
public record AccessRule(HttpMethod method, String pattern, Access access) {

    public static AccessRule any(String pattern, Access access) {
        return new AccessRule(null, pattern, access);
    }

    public static AccessRule get(String pattern, Access access) {
        return new AccessRule(HttpMethod.GET, pattern, access);
    }

    public static AccessRule post(String pattern, Access access) {
        return new AccessRule(HttpMethod.POST, pattern, access);
    }
}
