package io.revisio.shared.web;

/**
 * What every page's layout needs: the CSRF field for its forms, whether someone is signed in, and
 * whether they may see the admin and question-bank pages (only to show the link; access is decided by the route rules).
 *
 * @param csrfParameter name of the hidden form field carrying the CSRF token
 * @param csrfToken the token, or an empty string where none applies
 * @param signedIn whether the viewer is signed in
 * @param admin whether the viewer's access token carries the admin role
 * @param staff whether it carries a staff role (reviewer, editor or admin), who see the question bank
 */
public record PageContext(String csrfParameter, String csrfToken, boolean signedIn, boolean admin, boolean staff) {

    public static final String ATTRIBUTE = "page";
    public static final String SIGN_IN_PAGE = "/login";

    public static PageContext anonymous() {
        return new PageContext("_csrf", "", false, false, false);
    }
}
