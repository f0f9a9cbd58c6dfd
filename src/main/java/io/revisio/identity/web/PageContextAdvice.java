package io.revisio.identity.web;

import io.revisio.identity.Role;
import io.revisio.shared.ApiPaths;
import io.revisio.shared.web.PageContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page its CSRF field, whether the viewer is signed in, and whether they are admin or staff. */
@ControllerAdvice
class PageContextAdvice {

    private static final String ADMIN_AUTHORITY = "ROLE_" + Role.ADMIN.name();
    private static final Set<String> STAFF_AUTHORITIES = Set.of(ADMIN_AUTHORITY,
            "ROLE_" + Role.EDITOR.name(), "ROLE_" + Role.REVIEWER.name());

    @ModelAttribute(PageContext.ATTRIBUTE)
    PageContext page(HttpServletRequest request) {
        if (ApiPaths.isApi(request.getRequestURI())) {
            return PageContext.anonymous(); // JSON answers have no forms
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = authentication instanceof JwtAuthenticationToken;
        // The token's authorities, as the route rules see them: a staff token still waiting for MFA has none.
        boolean admin = signedIn && authentication.getAuthorities().stream()
                .anyMatch(authority -> ADMIN_AUTHORITY.equals(authority.getAuthority()));
        boolean staff = signedIn && authentication.getAuthorities().stream()
                .anyMatch(authority -> STAFF_AUTHORITIES.contains(authority.getAuthority()));
        return request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken csrf
                ? new PageContext(csrf.getParameterName(), csrf.getToken(), signedIn, admin, staff)
                : new PageContext("_csrf", "", signedIn, admin, staff);
    }
}
