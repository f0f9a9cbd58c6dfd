package io.revisio.identity.admin;

import io.revisio.identity.web.FormStatus;
import io.revisio.shared.paging.Page;
import io.revisio.shared.problem.ProblemException;
import io.revisio.shared.web.InvalidFields;
import io.revisio.shared.web.Pager;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The admin's user pages: the searchable list and one user with the changes as plain forms. Each change
 * redirects back with a confirmation, or shows the user again with the refusal.
 */
@Controller
class AdminUserPages {

    static final String USERS = "/admin/users";

    private static final Map<String, String> DONE = Map.of(
            "role", "The role is saved; the user signs in again to use it.",
            "disabled", "The account is disabled and signed out everywhere.",
            "enabled", "The account is enabled.",
            "logout", "The user is signed out everywhere.",
            "verification", "A new verification link is on its way.");

    private final UserDirectory directory;
    private final UserAdministration administration;

    AdminUserPages(UserDirectory directory, UserAdministration administration) {
        this.directory = directory;
        this.administration = administration;
    }

    /** The whole page, or only the results when htmx asks for them while the admin types. */
    @GetMapping(USERS)
    String list(@Valid @ModelAttribute UserSearch search, BindingResult invalid, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        Map<String, String> query = query(request, "q", "role", "status", "size");
        model.addAttribute("form",
                new AdminUserViews.SearchForm(query.get("q"), query.get("role"), query.get("status")));
        if (invalid.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("users", List.of());
            model.addAttribute("pager", null);
            model.addAttribute("error", InvalidFields.message(invalid));
        } else {
            Page<UserSummary> found = directory.search(search);
            model.addAttribute("users", found.items().stream().map(AdminUserViews.UserRow::of).toList());
            model.addAttribute("pager", Pager.of(found, USERS, query));
            model.addAttribute("error", null);
        }
        return wantsResultsOnly(request) ? "identity/admin-user-results" : "identity/admin-users";
    }

    @GetMapping(USERS + "/{id}")
    String user(@AuthenticationPrincipal Jwt token, @PathVariable UUID id, @RequestParam(required = false) String done,
            Model model) {
        return show(token, id, model, done == null ? null : DONE.get(done), null);
    }

    @PostMapping(USERS + "/{id}/role")
    String changeRole(@AuthenticationPrincipal Jwt token, @PathVariable UUID id,
            @Valid @ModelAttribute AdminUserController.RoleChange change, BindingResult invalid,
            HttpServletResponse response, Model model) {
        if (invalid.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return show(token, id, model, null, "Choose one of the roles.");
        }
        return change(token, id, "role", response, model,
                admin -> administration.changeRole(admin, id, change.parsed()));
    }

    @PostMapping(USERS + "/{id}/disable")
    String disable(@AuthenticationPrincipal Jwt token, @PathVariable UUID id, HttpServletResponse response,
            Model model) {
        return change(token, id, "disabled", response, model, admin -> administration.disable(admin, id));
    }

    @PostMapping(USERS + "/{id}/enable")
    String enable(@AuthenticationPrincipal Jwt token, @PathVariable UUID id, HttpServletResponse response,
            Model model) {
        return change(token, id, "enabled", response, model, admin -> administration.enable(admin, id));
    }

    @PostMapping(USERS + "/{id}/logout")
    String logout(@AuthenticationPrincipal Jwt token, @PathVariable UUID id, HttpServletResponse response,
            Model model) {
        return change(token, id, "logout", response, model, admin -> administration.signOutEverywhere(admin, id));
    }

    @PostMapping(USERS + "/{id}/resend-verification")
    String resendVerification(@AuthenticationPrincipal Jwt token, @PathVariable UUID id,
            HttpServletResponse response, Model model) {
        return change(token, id, "verification", response, model,
                admin -> administration.resendVerification(admin, id));
    }

    /** Post/redirect/get, so that reloading the confirmation does not repeat the change. */
    private String change(Jwt token, UUID id, String done, HttpServletResponse response, Model model,
            Consumer<UUID> change) {
        try {
            change.accept(adminOf(token));
            return "redirect:" + USERS + "/" + id + "?done=" + done;
        } catch (ProblemException refusal) {
            if (refusal.status() == HttpStatus.NOT_FOUND) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            response.setStatus(FormStatus.of(refusal));
            return show(token, id, model, null, refusal.getMessage());
        }
    }

    private String show(Jwt token, UUID id, Model model, String done, String error) {
        UserDetails user = directory.details(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("user", AdminUserViews.UserView.of(user, adminOf(token)));
        model.addAttribute("roles", AdminUserViews.roles());
        model.addAttribute("done", done);
        model.addAttribute("error", error);
        return "identity/admin-user";
    }

    /**
     * htmx asks for the results alone, except when it restores a page from history, which needs all of it.
     */
    private static boolean wantsResultsOnly(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"))
                && request.getHeader("HX-History-Restore-Request") == null;
    }

    /** The list's query as sent, for the form and the paging links. */
    private static Map<String, String> query(HttpServletRequest request, String... names) {
        Map<String, String> query = new LinkedHashMap<>();
        for (String name : names) {
            String value = request.getParameter(name);
            query.put(name, value == null ? "" : value);
        }
        return query;
    }

    private static UUID adminOf(Jwt token) {
        return UUID.fromString(token.getSubject());
    }
}
