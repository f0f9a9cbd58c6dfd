package io.revisio.platform.audit;

import io.revisio.shared.web.Access;
import io.revisio.shared.web.AccessRule;
import io.revisio.shared.web.RouteAccess;
import java.util.List;
import org.springframework.stereotype.Component;

/** Only admins read the audit log: it names who did what from which address. */
@Component
class AuditRoutes implements RouteAccess {

    @Override
    public List<AccessRule> rules() {
        // The role's name as the identity module issues it; platform cannot depend on identity.
        Access admins = Access.roles("ADMIN");
        return List.of(AccessRule.get(AuditController.AUDIT, admins), AccessRule.get(AuditPages.AUDIT, admins));
    }
}
