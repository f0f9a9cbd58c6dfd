package io.revisio.shared.web;

/**
 * What every page's layout needs: the CSRF field for its forms and whether someone is signed in.
 *
 * @param csrfParameter name of the hidden form field carrying the CSRF token
 * @param csrfToken the token, or an empty string where none applies
 * @param signedIn whether the viewer is signed in
 */
public record PageContext(String csrfParameter, String csrfToken, boolean signedIn) {

    public static final String ATTRIBUTE = "page";
    public static final String SIGN_IN_PAGE = "/login";

    public static PageContext anonymous() {
        return new PageContext("_csrf", "", false);
    }
}
