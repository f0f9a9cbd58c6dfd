package io.revisio.content.question;

import io.revisio.identity.Role;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who is looking at a question page, and which workflow actions their role may take: editors write and
 * release, reviewers decide on reviews, admins do both. The route rules enforce the same split; this only
 * decides which buttons to show.
 */
record StaffViewer(UUID id, boolean editor, boolean reviewer) {

    private static final Set<QuestionAction> EDITOR_ACTIONS = EnumSet.of(QuestionAction.EDIT, QuestionAction.SUBMIT,
            QuestionAction.PUBLISH, QuestionAction.ARCHIVE, QuestionAction.RESTORE);
    private static final Set<QuestionAction> REVIEWER_ACTIONS = EnumSet.of(QuestionAction.APPROVE,
            QuestionAction.REQUEST_CHANGES);

    static StaffViewer of(Authentication authentication) {
        UUID id = UUID.fromString(((Jwt) authentication.getPrincipal()).getSubject());
        boolean admin = has(authentication, Role.ADMIN);
        return new StaffViewer(id, admin || has(authentication, Role.EDITOR), admin || has(authentication, Role.REVIEWER));
    }

    boolean may(QuestionAction action) {
        return (editor && EDITOR_ACTIONS.contains(action)) || (reviewer && REVIEWER_ACTIONS.contains(action));
    }

    private static boolean has(Authentication authentication, Role role) {
        return authentication.getAuthorities().stream()
                .anyMatch(authority -> ("ROLE_" + role.name()).equals(authority.getAuthority()));
    }
}
