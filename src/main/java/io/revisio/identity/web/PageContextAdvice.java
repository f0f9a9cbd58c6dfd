package io.revisio.identity.web;

import io.revisio.shared.web.PageContext;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page its CSRF field and whether the viewer is signed in (the layout shows either). */
@ControllerAdvice
class PageContextAdvice {

    @ModelAttribute(PageContext.ATTRIBUTE)
    PageContext page(HttpServletRequest request) {
        if (PageTokens.isApi(request)) {
            return PageContext.anonymous(); // JSON answers have no forms
        }
        boolean signedIn = SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken;
        return request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken csrf
                ? new PageContext(csrf.getParameterName(), csrf.getToken(), signedIn)
                : new PageContext("_csrf", "", signedIn);
    }
}
