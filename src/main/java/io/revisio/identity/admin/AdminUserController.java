package io.revisio.identity.admin;

import io.revisio.identity.Role;
import io.revisio.shared.paging.Page;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The admin's user management API. Every change answers with the user as they now are. */
@RestController
@RequestMapping(AdminRoutes.USERS)
class AdminUserController {

    private final UserDirectory directory;
    private final UserAdministration administration;

    AdminUserController(UserDirectory directory, UserAdministration administration) {
        this.directory = directory;
        this.administration = administration;
    }

    /** The body of a role change; the role's name in any case. */
    record RoleChange(@NotNull @Pattern(regexp = "(?i)student|reviewer|editor|admin",
            message = "must be one of STUDENT, REVIEWER, EDITOR, ADMIN") String role) {

        Role parsed() {
            return Role.valueOf(role.toUpperCase(Locale.ROOT));
        }
    }

    @GetMapping
    Page<UserSummary> search(@Valid @ModelAttribute UserSearch search) {
        return directory.search(search);
    }

    @GetMapping("/{id}")
    UserDetails user(@PathVariable UUID id) {
        return directory.details(id).orElseThrow(UserAdministration::notFound);
    }

    @PutMapping("/{id}/role")
    UserDetails changeRole(@AuthenticationPrincipal Jwt token, @PathVariable UUID id,
            @Valid @RequestBody RoleChange body) {
        return administration.changeRole(adminOf(token), id, body.parsed());
    }

    @PostMapping("/{id}/disable")
    UserDetails disable(@AuthenticationPrincipal Jwt token, @PathVariable UUID id) {
        return administration.disable(adminOf(token), id);
    }

    @PostMapping("/{id}/enable")
    UserDetails enable(@AuthenticationPrincipal Jwt token, @PathVariable UUID id) {
        return administration.enable(adminOf(token), id);
    }

    @PostMapping("/{id}/logout")
    UserDetails logout(@AuthenticationPrincipal Jwt token, @PathVariable UUID id) {
        return administration.signOutEverywhere(adminOf(token), id);
    }

    /** 202: the link is stored in the e-mail outbox, which delivers it with retries. */
    @PostMapping("/{id}/resend-verification")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void resendVerification(@AuthenticationPrincipal Jwt token, @PathVariable UUID id) {
        administration.resendVerification(adminOf(token), id);
    }

    private static UUID adminOf(Jwt token) {
        return UUID.fromString(token.getSubject());
    }
}
