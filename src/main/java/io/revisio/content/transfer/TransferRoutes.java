package io.revisio.content.transfer;

import io.revisio.identity.Role;
import io.revisio.shared.web.Access;
import io.revisio.shared.web.AccessRule;
import io.revisio.shared.web.RouteAccess;
import java.util.List;
import org.springframework.stereotype.Component;

/** Importing writes questions and exporting reads the whole bank: editors and admins only. */
@Component
class TransferRoutes implements RouteAccess {

    @Override
    public List<AccessRule> rules() {
        Access editors = Access.roles(Role.EDITOR.name(), Role.ADMIN.name());
        return List.of(
                AccessRule.post(TransferController.IMPORTS, editors),
                AccessRule.get(TransferController.IMPORTS, editors),
                AccessRule.get(TransferController.IMPORT, editors),
                AccessRule.post(TransferController.IMPORT + "/commit", editors),
                AccessRule.get(TransferController.EXPORTS, editors),
                // pages
                AccessRule.get(ImportPages.IMPORTS, editors),
                AccessRule.post(ImportPages.IMPORTS, editors),
                AccessRule.get(ImportPages.IMPORT, editors),
                AccessRule.get(ImportPages.IMPORT + "/progress", editors),
                AccessRule.post(ImportPages.IMPORT + "/commit", editors),
                AccessRule.get(ImportPages.EXPORT, editors));
    }
}
