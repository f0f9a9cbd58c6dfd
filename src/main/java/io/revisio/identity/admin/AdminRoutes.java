package io.revisio.identity.admin;

import io.revisio.identity.Role;
import io.revisio.shared.ApiPaths;
import io.revisio.shared.web.Access;
import io.revisio.shared.web.AccessRule;
import io.revisio.shared.web.RouteAccess;
import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Only admins manage users, through the API and the pages; one rule per route, so a new route stays refused
 * until it gets its own.
 */
@Component
class AdminRoutes implements RouteAccess {

    static final String USERS = ApiPaths.V1 + "/admin/users";

    @Override
    public List<AccessRule> rules() {
        Access admins = Access.roles(Role.ADMIN.name());
        return List.of(
                AccessRule.get(USERS, admins),
                AccessRule.get(USERS + "/{id}", admins),
                new AccessRule(HttpMethod.PUT, USERS + "/{id}/role", admins),
                AccessRule.post(USERS + "/{id}/disable", admins),
                AccessRule.post(USERS + "/{id}/enable", admins),
                AccessRule.post(USERS + "/{id}/logout", admins),
                AccessRule.post(USERS + "/{id}/resend-verification", admins),
                // pages
                AccessRule.get(AdminUserPages.USERS, admins),
                AccessRule.get(AdminUserPages.USERS + "/{id}", admins),
                AccessRule.post(AdminUserPages.USERS + "/{id}/role", admins),
                AccessRule.post(AdminUserPages.USERS + "/{id}/disable", admins),
                AccessRule.post(AdminUserPages.USERS + "/{id}/enable", admins),
                AccessRule.post(AdminUserPages.USERS + "/{id}/logout", admins),
                AccessRule.post(AdminUserPages.USERS + "/{id}/resend-verification", admins));
    }
}
