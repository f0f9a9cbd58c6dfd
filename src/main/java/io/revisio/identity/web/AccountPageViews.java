package io.revisio.identity.web;

import java.util.UUID;

/** What the account page template shows (public, as templates compile into another package). */
public final class AccountPageViews {

    private AccountPageViews() {
    }

    /** The account itself. */
    public record AccountView(String email, String displayName, String role, boolean mfaEnabled, int backupCodesLeft) {
    }

    /** A provider to sign in with, or one linked to the account. */
    public record Provider(String id, String name, boolean linked, String email) {
    }

    /** One device session. */
    public record SessionRow(UUID id, String deviceLabel, String ip, String lastSeenAt, boolean current) {
    }
}
