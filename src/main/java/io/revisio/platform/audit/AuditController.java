package io.revisio.platform.audit;

import io.revisio.shared.ApiPaths;
import io.revisio.shared.paging.Page;
import io.revisio.shared.problem.ProblemException;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

/** The audit log for admins: who did what to what, from where and when. */
@RestController
class AuditController {

    static final String AUDIT = ApiPaths.V1 + "/admin/audit";

    private final AuditEntries entries;

    AuditController(AuditEntries entries) {
        this.entries = entries;
    }

    @GetMapping(AUDIT)
    Page<AuditEntry> search(@Valid @ModelAttribute AuditQuery query) {
        if (!query.periodIsInOrder()) {
            throw ProblemException.invalidField("from", "Order", "must not be after to");
        }
        return entries.search(query);
    }
}
