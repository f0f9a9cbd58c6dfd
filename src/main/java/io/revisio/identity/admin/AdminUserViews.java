package io.revisio.identity.admin;

import io.revisio.identity.Role;
import io.revisio.shared.web.PageTimes;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** What the user administration pages show (public, as templates compile into another package). */
public final class AdminUserViews {

    private AdminUserViews() {
    }

    /** The search form as it was sent, so that a refused value is shown again as typed. */
    public record SearchForm(String q, String role, String status) {
    }

    /** One account in the list. */
    public record UserRow(String id, String email, String displayName, String role, String status, String createdAt) {

        static UserRow of(UserSummary user) {
            return new UserRow(user.id().toString(), user.email(), user.displayName(), label(user.role()),
                    AccountStatus.of(user.emailVerified(), user.disabled()).label(), PageTimes.utc(user.createdAt()));
        }
    }

    /**
     * One account with its active device sessions.
     *
     * @param role the role's name, as the role form sends it
     * @param yourself whether this is the viewing admin's own account (which they cannot demote or disable)
     */
    public record UserView(String id, String email, String displayName, String role, String status,
            boolean emailVerified, boolean disabled, String createdAt, String disabledAt, boolean yourself,
            List<SessionRow> sessions) {

        static UserView of(UserDetails user, UUID viewer) {
            return new UserView(user.id().toString(), user.email(), user.displayName(), user.role().name(),
                    AccountStatus.of(user.emailVerified(), user.disabled()).label(), user.emailVerified(),
                    user.disabled(), PageTimes.utc(user.createdAt()), PageTimes.utc(user.disabledAt()),
                    user.id().equals(viewer), user.sessions().stream().map(SessionRow::of).toList());
        }
    }

    /** One active device session: where it signed in from, never a token. */
    public record SessionRow(String deviceLabel, String ip, String createdAt, String lastSeenAt) {

        static SessionRow of(UserDetails.ActiveSession session) {
            return new SessionRow(session.deviceLabel(), session.ip(), PageTimes.utc(session.createdAt()),
                    PageTimes.utc(session.lastSeenAt()));
        }
    }

    /** A role as an option of the role form. */
    public record RoleOption(String name, String label) {
    }

    static List<RoleOption> roles() {
        return List.of(Role.values()).stream().map(role -> new RoleOption(role.name(), label(role))).toList();
    }

    private static String label(Role role) {
        return role.name().toLowerCase(Locale.ROOT);
    }
}
