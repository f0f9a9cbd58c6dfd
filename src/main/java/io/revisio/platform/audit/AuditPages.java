package io.revisio.platform.audit;

import io.revisio.shared.paging.Page;
import io.revisio.shared.web.InvalidFields;
import io.revisio.shared.web.Pager;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The audit log page for admins: the same query as the API, as a filter form and a paged list. */
@Controller
class AuditPages {

    static final String AUDIT = "/admin/audit";

    private static final List<String> FILTERS = List.of("category", "action", "actor", "target", "from", "to", "size");

    private final AuditEntries entries;

    AuditPages(AuditEntries entries) {
        this.entries = entries;
    }

    /** Only this page reads times without an offset (from its datetime-local fields); the API stays strict. */
    @InitBinder("auditQuery")
    void readFormInstants(WebDataBinder binder) {
        binder.registerCustomEditor(Instant.class, new FormInstant());
    }

    @GetMapping(AUDIT)
    String log(@Valid @ModelAttribute AuditQuery query, BindingResult invalid, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        Map<String, String> sent = new LinkedHashMap<>();
        FILTERS.forEach(name -> sent.put(name, request.getParameter(name) == null ? "" : request.getParameter(name)));
        boolean understood = !invalid.hasErrors() && query != null;
        model.addAttribute("filters", new AuditPageViews.Filters(sent.get("category"), sent.get("action"),
                sent.get("actor"), sent.get("target"),
                AuditPageViews.Filters.field(understood ? query.from() : null, sent.get("from")),
                AuditPageViews.Filters.field(understood ? query.to() : null, sent.get("to"))));
        String error = !understood ? InvalidFields.message(invalid)
                : !query.periodIsInOrder() ? "From must not be after to." : null;
        if (error != null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("entries", List.of());
            model.addAttribute("pager", null);
        } else {
            Page<AuditEntry> found = entries.search(query);
            model.addAttribute("entries", found.items().stream().map(AuditPageViews.EntryRow::of).toList());
            model.addAttribute("pager", Pager.of(found, AUDIT, sent));
        }
        model.addAttribute("error", error);
        return "pages/admin-audit";
    }
}
