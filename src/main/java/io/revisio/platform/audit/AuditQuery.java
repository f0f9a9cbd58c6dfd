package io.revisio.platform.audit;

import io.revisio.shared.paging.PageRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The filters of the audit log query; blank or missing ones do not filter.
 *
 * @param category exactly this category, e.g. {@code security}
 * @param action exactly this action, e.g. {@code account.disabled}
 * @param actor the account that acted
 * @param target the id of what was acted on
 * @param from events at or after this instant (ISO-8601)
 * @param to events at or before this instant (ISO-8601)
 * @param page 0-based page number
 * @param size items per page, 1–100
 */
record AuditQuery(
        @Size(max = 100) String category,
        @Size(max = 100) String action,
        UUID actor,
        @Size(max = 200) String target,
        Instant from,
        Instant to,
        @Min(0) Integer page,
        @Min(1) @Max(PageRequest.MAX_SIZE) Integer size) {

    boolean periodIsInOrder() {
        return from == null || to == null || !from.isAfter(to);
    }

    Optional<String> categoryFilter() {
        return present(category);
    }

    Optional<String> actionFilter() {
        return present(action);
    }

    Optional<String> targetFilter() {
        return present(target);
    }

    PageRequest paging() {
        return PageRequest.of(page, size);
    }

    private static Optional<String> present(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
