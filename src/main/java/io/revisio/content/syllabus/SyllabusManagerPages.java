package io.revisio.content.syllabus;

import io.revisio.identity.Role;
import io.revisio.shared.problem.ProblemException;
import io.revisio.shared.web.Access;
import io.revisio.shared.web.AccessRule;
import io.revisio.shared.web.EntityTags;
import io.revisio.shared.web.RouteAccess;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The syllabus manager: the whole tree, disabled nodes included, with a plain form for every change.
 * Each change redirects back to the node with a confirmation, or shows the tree with the refusal.
 */
@Controller
class SyllabusManagerPages {

    static final String SYLLABUS = "/admin/syllabus";
    static final String NODES = SYLLABUS + "/nodes";

    private static final Map<String, String> DONE = Map.of(
            "created", "The node is created.",
            "edited", "The node is saved.",
            "moved", "The node is moved.",
            "reordered", "The order is saved.",
            "enabled", "The node is enabled: students see it again.",
            "disabled", "The node is disabled: students no longer see it or anything under it.",
            "deleted", "The node is deleted.");

    private final SyllabusRepository syllabus;
    private final SyllabusEditing editing;
    private final SyllabusArrangement arrangement;

    SyllabusManagerPages(SyllabusRepository syllabus, SyllabusEditing editing, SyllabusArrangement arrangement) {
        this.syllabus = syllabus;
        this.editing = editing;
        this.arrangement = arrangement;
    }

    @GetMapping(SYLLABUS)
    String tree(Authentication viewer, @RequestParam(required = false) String done, Model model) {
        return show(viewer, model, done == null ? null : DONE.get(done), null, null);
    }

    @PostMapping(NODES)
    String create(Authentication viewer, @RequestParam(required = false) String parentId,
            @RequestParam(required = false) String code, @RequestParam(required = false) String name,
            HttpServletResponse response, Model model) {
        UUID parent = parentId == null || parentId.isBlank() ? null : id(parentId);
        return change(viewer, parent, "created", response, model, () -> {
            SyllabusLevel level = parent == null ? SyllabusLevel.YEAR
                    : syllabus.lock(parent).orElseThrow(() -> SyllabusProblems.notFound(parent)).level().childLevel();
            return editing.create(actor(viewer), parent, level, code(code), name(name)).id();
        });
    }

    @PostMapping(NODES + "/{id}")
    String edit(Authentication viewer, @PathVariable UUID id, @RequestParam(required = false) String code,
            @RequestParam(required = false) String name, @RequestParam(required = false) String version,
            HttpServletResponse response, Model model) {
        return change(viewer, id, "edited", response, model, () -> {
            OptionalLong expected = version == null ? OptionalLong.empty() : EntityTags.fromIfMatch("\"" + version + "\"");
            if (expected.isEmpty()) {
                throw SyllabusProblems.versionRequired();
            }
            return editing.edit(actor(viewer), id, expected, code(code), name(name)).id();
        });
    }

    @PostMapping(NODES + "/{id}/move")
    String move(Authentication viewer, @PathVariable UUID id, @RequestParam(required = false) String parentId,
            HttpServletResponse response, Model model) {
        return change(viewer, id, "moved", response, model, () -> arrangement.move(actor(viewer), id,
                parentId == null || parentId.isBlank() ? null : id(parentId), null).id());
    }

    /** Up and down buttons send the whole new order of the siblings, so a concurrent change is refused. */
    @PostMapping(NODES + "/{id}/reorder")
    String reorder(Authentication viewer, @PathVariable UUID id, @RequestParam(required = false) List<String> order,
            HttpServletResponse response, Model model) {
        return change(viewer, id, "reordered", response, model, () -> {
            UUID parent = syllabus.lock(id).orElseThrow(() -> SyllabusProblems.notFound(id)).parentId();
            List<UUID> ids = new ArrayList<>();
            (order == null ? List.<String>of() : order).forEach(value -> ids.add(id(value)));
            arrangement.reorder(actor(viewer), parent, ids);
            return id;
        });
    }

    @PostMapping(NODES + "/{id}/enable")
    String enable(Authentication viewer, @PathVariable UUID id, HttpServletResponse response, Model model) {
        return change(viewer, id, "enabled", response, model, () -> editing.enable(actor(viewer), id, true).id());
    }

    @PostMapping(NODES + "/{id}/disable")
    String disable(Authentication viewer, @PathVariable UUID id, HttpServletResponse response, Model model) {
        return change(viewer, id, "disabled", response, model, () -> editing.enable(actor(viewer), id, false).id());
    }

    @PostMapping(NODES + "/{id}/delete")
    String delete(Authentication viewer, @PathVariable UUID id, HttpServletResponse response, Model model) {
        return change(viewer, id, "deleted", response, model, () -> {
            UUID parent = syllabus.lock(id).orElseThrow(() -> SyllabusProblems.notFound(id)).parentId();
            editing.delete(actor(viewer), id);
            return parent;
        });
    }

    /** Post/redirect/get to the node the change concerns; a refusal shows the tree with its reason. */
    private String change(Authentication viewer, UUID about, String done, HttpServletResponse response, Model model,
            Supplier<UUID> change) {
        try {
            UUID anchor = change.get();
            return "redirect:" + SYLLABUS + "?done=" + done + (anchor == null ? "" : "#node-" + anchor);
        } catch (ProblemException refusal) {
            int status = refusal.status().value();
            response.setStatus(status == 401 || status == 403 ? 200 : status);
            return show(viewer, model, null, message(refusal), about);
        }
    }

    private String show(Authentication viewer, Model model, String done, String error, UUID refused) {
        boolean editor = viewer.getAuthorities().stream().anyMatch(authority ->
                authority.getAuthority().equals("ROLE_" + Role.EDITOR.name())
                        || authority.getAuthority().equals("ROLE_" + Role.ADMIN.name()));
        model.addAttribute("manager", SyllabusManagerView.of(syllabus.findAll(), editor, done, error,
                refused == null ? null : refused.toString()));
        return "content/syllabus-manager";
    }

    @SuppressWarnings("unchecked")
    private static String message(ProblemException refusal) {
        if (refusal.properties().get("errors") instanceof List<?> errors && !errors.isEmpty()
                && errors.get(0) instanceof Map<?, ?> error) {
            return "The " + error.get("field") + " " + error.get("message") + ".";
        }
        return refusal.getMessage();
    }

    private static String code(String code) {
        String value = code == null ? "" : code.strip();
        if (!value.matches(SyllabusAdminController.CODE)) {
            throw ProblemException.invalidField("code", "Pattern", SyllabusAdminController.CODE_RULE);
        }
        return value;
    }

    private static String name(String name) {
        String value = name == null ? "" : name.strip();
        if (value.isEmpty() || value.length() > 200) {
            throw ProblemException.invalidField("name", "Size", "must be 1 to 200 characters");
        }
        return value;
    }

    private static UUID id(String value) {
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("node", "typeMismatch", "must be chosen from the list");
        }
    }

    private static UUID actor(Authentication viewer) {
        return UUID.fromString(((Jwt) viewer.getPrincipal()).getSubject());
    }

    @Bean
    static RouteAccess syllabusManagerRoutes() {
        Access staff = Access.roles(Role.REVIEWER.name(), Role.EDITOR.name(), Role.ADMIN.name());
        Access editors = Access.roles(Role.EDITOR.name(), Role.ADMIN.name());
        return () -> List.of(
                AccessRule.get(SYLLABUS, staff),
                AccessRule.post(NODES, editors),
                AccessRule.post(NODES + "/{id}", editors),
                AccessRule.post(NODES + "/{id}/move", editors),
                AccessRule.post(NODES + "/{id}/reorder", editors),
                AccessRule.post(NODES + "/{id}/enable", editors),
                AccessRule.post(NODES + "/{id}/disable", editors),
                AccessRule.post(NODES + "/{id}/delete", editors));
    }
}
