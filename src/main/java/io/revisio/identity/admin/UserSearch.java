package io.revisio.identity.admin;

import io.revisio.identity.Role;
import io.revisio.shared.paging.PageRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Optional;

/**
 * The query of the user list. Blank values mean "no filter", so that a search form can send its empty
 * fields as they are.
 *
 * @param q part of the e-mail address or display name, whatever its case
 * @param role one role (case-insensitive)
 * @param status active, unverified or disabled (case-insensitive)
 * @param page 0-based page number
 * @param size items per page, 1–100
 */
record UserSearch(
        @Size(max = 100) String q,
        @Pattern(regexp = "(?i)\\s*(student|reviewer|editor|admin)?\\s*",
                message = "must be one of STUDENT, REVIEWER, EDITOR, ADMIN") String role,
        @Pattern(regexp = "(?i)\\s*(active|unverified|disabled)?\\s*",
                message = "must be one of active, unverified, disabled") String status,
        @Min(0) Integer page,
        @Min(1) @Max(PageRequest.MAX_SIZE) Integer size) {

    Optional<String> text() {
        return q == null || q.isBlank() ? Optional.empty() : Optional.of(q.trim());
    }

    Optional<Role> roleFilter() {
        return role == null || role.isBlank() ? Optional.empty()
                : Optional.of(Role.valueOf(role.trim().toUpperCase(Locale.ROOT)));
    }

    Optional<AccountStatus> statusFilter() {
        return status == null || status.isBlank() ? Optional.empty() : Optional.of(AccountStatus.parse(status));
    }

    PageRequest paging() {
        return PageRequest.of(page, size);
    }
}
