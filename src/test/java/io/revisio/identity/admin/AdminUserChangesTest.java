package io.revisio.identity.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.identity.Role;
import io.revisio.identity.account.AccountRepository;
import io.revisio.identity.account.EmailAddress;
import io.revisio.identity.session.SessionTokens;
import io.revisio.testing.Api;
import io.revisio.testing.Inbox;
import io.revisio.testing.IntegrationTest;
import io.revisio.testing.SignedInUsers;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What admins change on accounts takes effect at once for the account's owner, and each change is in
 * the audit log (read through the admin audit API) with the admin as actor.
 */
@IntegrationTest
class AdminUserChangesTest {

    static final String USERS = "/api/v1/admin/users";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SignedInUsers users;

    @Autowired
    AccountRepository accounts;

    @Autowired
    SessionTokens sessionTokens;

    Api api;
    UserFixtures fixtures;
    Inbox inbox;
    String admin;
    UUID adminId;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
        fixtures = new UserFixtures(jdbc, api);
        inbox = new Inbox(jdbc);
        admin = users.as(Role.ADMIN).accessToken();
        adminId = UserFixtures.accountOf(admin);
    }

    @Test
    void aNewRoleEndsTheOldTokensAndTheNextSignInCarriesIt() {
        UUID user = fixtures.student("rosalind@roles.test", "Rosalind");
        UserFixtures.Tokens before = fixtures.signIn("rosalind@roles.test");
        assertThat(UserFixtures.roleIn(before.access())).isEqualTo("STUDENT");

        Api.Response changed = changeRole(user, "editor");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.<String>json("$.role")).isEqualTo("EDITOR");
        assertThat(changed.<List<Object>>json("$.sessions")).isEmpty();

        assertThat(api.get("/api/v1/me", before.access()).status()).as("old access token").isEqualTo(401);
        assertThat(fixtures.refresh(before.refresh()).status()).as("old refresh token").isEqualTo(401);
        UserFixtures.Tokens after = fixtures.signIn("rosalind@roles.test");
        assertThat(UserFixtures.roleIn(after.access())).isEqualTo("EDITOR");
        assertThat(api.get("/api/v1/me", after.access()).<String>json("$.role")).isEqualTo("EDITOR");

        List<Map<String, Object>> audited = audit("account.role-changed", user);
        assertThat(audited).singleElement().satisfies(entry -> {
            assertThat(entry).containsEntry("actorId", adminId.toString())
                    .containsEntry("targetType", "account").containsEntry("ip", "127.0.0.1");
            assertThat(entry.get("requestId")).asString().isNotBlank();
            assertThat(entry.get("details")).isEqualTo(Map.of("before", "STUDENT", "after", "EDITOR", "sessionsEnded", 1));
        });

        assertThat(changeRole(user, "EDITOR").status()).as("the same role again").isEqualTo(200);
        assertThat(audit("account.role-changed", user)).as("nothing changed, nothing audited").hasSize(1);
        assertThat(api.get("/api/v1/me", after.access()).status()).as("and no session ended").isEqualTo(200);
    }

    @Test
    void anAdminCannotChangeTheirOwnRoleNorDisableThemself() {
        Api.Response ownRole = changeRole(adminId, "STUDENT");
        assertThat(ownRole.status()).isEqualTo(409);
        assertThat(ownRole.<String>json("$.type")).isEqualTo("urn:revisio:problem:own-account");
        Api.Response ownDisable = api.post(USERS + "/" + adminId + "/disable", null, admin);
        assertThat(ownDisable.status()).isEqualTo(409);
        assertThat(ownDisable.<String>json("$.type")).isEqualTo("urn:revisio:problem:own-account");

        Api.Response me = api.get("/api/v1/me", admin);
        assertThat(me.status()).as("still signed in").isEqualTo(200);
        assertThat(me.<String>json("$.role")).isEqualTo("ADMIN");
        assertThat(audit(null, adminId)).isEmpty();
    }

    @Test
    void disablingEndsEverySessionAtOnceAndRefusesSignInUntilEnabled() {
        UUID user = fixtures.student("mallory@disable.test", "Mallory");
        UserFixtures.Tokens phone = fixtures.signIn("mallory@disable.test");
        UserFixtures.Tokens laptop = fixtures.signIn("mallory@disable.test", "laptop");
        assertThat(api.get("/api/v1/me", phone.access()).status()).isEqualTo(200);

        Api.Response disabled = api.post(USERS + "/" + user + "/disable", null, admin);
        assertThat(disabled.status()).isEqualTo(200);
        assertThat(disabled.<Boolean>json("$.disabled")).isTrue();
        assertThat(disabled.<String>json("$.disabledAt")).isNotBlank();
        assertThat(disabled.<List<Object>>json("$.sessions")).isEmpty();

        assertThat(api.get("/api/v1/me", phone.access()).status()).as("the very next request").isEqualTo(401);
        assertThat(api.get("/api/v1/me", laptop.access()).status()).isEqualTo(401);
        assertThat(fixtures.refresh(laptop.refresh()).status()).isEqualTo(401);
        Api.Response signIn = fixtures.login("mallory@disable.test");
        assertThat(signIn.status()).isEqualTo(403);
        assertThat(signIn.<String>json("$.type")).isEqualTo("urn:revisio:problem:account-disabled");

        assertThat(api.post(USERS + "/" + user + "/disable", null, admin).status()).as("idempotent").isEqualTo(200);
        assertThat(audit("account.disabled", user)).singleElement().satisfies(entry -> {
            assertThat(entry).containsEntry("actorId", adminId.toString());
            assertThat(entry.get("details"))
                    .isEqualTo(Map.of("before", "enabled", "after", "disabled", "sessionsEnded", 2));
        });

        Api.Response enabled = api.post(USERS + "/" + user + "/enable", null, admin);
        assertThat(enabled.status()).isEqualTo(200);
        assertThat(enabled.<Boolean>json("$.disabled")).isFalse();
        assertThat(fixtures.login("mallory@disable.test").status()).isEqualTo(200);
        assertThat(api.post(USERS + "/" + user + "/enable", null, admin).status()).as("idempotent").isEqualTo(200);
        assertThat(audit("account.enabled", user)).singleElement().satisfies(entry -> {
            assertThat(entry).containsEntry("actorId", adminId.toString());
            assertThat(entry.get("details")).isEqualTo(Map.of("before", "disabled", "after", "enabled"));
        });
    }

    @Test
    void aForcedLogoutEndsEverySessionButTheUserMaySignInAgain() {
        UUID user = fixtures.student("eve@logout.test", "Eve");
        UserFixtures.Tokens phone = fixtures.signIn("eve@logout.test");
        UserFixtures.Tokens laptop = fixtures.signIn("eve@logout.test", "laptop");

        Api.Response loggedOut = api.post(USERS + "/" + user + "/logout", null, admin);
        assertThat(loggedOut.status()).isEqualTo(200);
        assertThat(loggedOut.<List<Object>>json("$.sessions")).isEmpty();
        assertThat(api.get("/api/v1/me", phone.access()).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/me", laptop.access()).status()).isEqualTo(401);
        assertThat(fixtures.refresh(phone.refresh()).status()).isEqualTo(401);
        assertThat(fixtures.login("eve@logout.test").status()).as("not disabled").isEqualTo(200);
        assertThat(api.get("/api/v1/me", admin).status()).as("the admin's own session is untouched").isEqualTo(200);

        assertThat(audit("session.revoked-all", user)).singleElement().satisfies(entry -> {
            assertThat(entry).containsEntry("actorId", adminId.toString());
            assertThat(entry.get("details")).isEqualTo(Map.of("count", 2, "reason", "ended by an admin"));
        });
    }

    @Test
    void resendingVerificationSendsANewWorkingLinkAndWithdrawsTheOldOne() {
        api.post("/api/v1/auth/register",
                "{\"email\":\"hedy@resend.test\",\"password\":\"" + UserFixtures.PASSWORD + "\",\"displayName\":\"Hedy\"}");
        String first = inbox.latest("hedy@resend.test").orElseThrow().token();
        UUID user = accounts.findByEmail(new EmailAddress("hedy@resend.test")).orElseThrow().id();

        // more than the 3 links an hour a user may ask for: an admin is not held to that limit
        for (int resend = 1; resend <= 4; resend++) {
            assertThat(api.post(USERS + "/" + user + "/resend-verification", null, admin).status()).isEqualTo(202);
            assertThat(inbox.count("hedy@resend.test")).isEqualTo(1 + resend);
        }
        String latest = inbox.latest("hedy@resend.test").orElseThrow().token();
        assertThat(latest).isNotEqualTo(first);
        assertThat(api.post("/api/v1/auth/verify-email", "{\"token\":\"" + first + "\"}").status())
                .as("the old link is withdrawn").isEqualTo(400);
        assertThat(api.post("/api/v1/auth/verify-email", "{\"token\":\"" + latest + "\"}").status()).isEqualTo(204);
        assertThat(fixtures.login("hedy@resend.test").status()).isEqualTo(200);

        Api.Response verified = api.post(USERS + "/" + user + "/resend-verification", null, admin);
        assertThat(verified.status()).isEqualTo(409);
        assertThat(verified.<String>json("$.type")).isEqualTo("urn:revisio:problem:already-verified");
        assertThat(inbox.count("hedy@resend.test")).isEqualTo(5);

        List<Map<String, Object>> audited = audit("email.verification-resent", user);
        assertThat(audited).hasSize(4).allSatisfy(entry -> assertThat(entry).containsEntry("actorId", adminId.toString()));
        assertThat(jdbc.sql("SELECT string_agg(details::text, ' ') FROM platform.audit_event WHERE target_id = :id")
                .param("id", user.toString()).query(String.class).single())
                .as("no link or token in the audit log").doesNotContain(first).doesNotContain(latest)
                .doesNotContain("token=");
    }

    @Test
    void anUnknownUserIsNotFoundForEveryChange() {
        String unknown = USERS + "/" + UUID.randomUUID();
        for (String action : List.of("/disable", "/enable", "/logout", "/resend-verification")) {
            Api.Response response = api.post(unknown + action, null, admin);
            assertThat(response.status()).as(action).isEqualTo(404);
            assertThat(response.<String>json("$.type")).isEqualTo("urn:revisio:problem:not-found");
        }
        assertThat(api.send(HttpMethod.PUT, unknown + "/role", "{\"role\":\"EDITOR\"}", admin, "127.0.0.1").status())
                .isEqualTo(404);
    }

    @Test
    void aRoleChangeNeedsAKnownRole() {
        UUID user = fixtures.student("badrole@roles.test", "B");
        for (String body : List.of("{}", "{\"role\":\"KING\"}", "{\"role\":\"\"}", "{\"role\":null}")) {
            Api.Response refused = api.send(HttpMethod.PUT, USERS + "/" + user + "/role", body, admin, "127.0.0.1");
            assertThat(refused.status()).as(body).isEqualTo(400);
            assertThat(refused.<List<String>>json("$.errors[*].field")).as(body).containsExactly("role");
        }
        assertThat(api.get(USERS + "/" + user, admin).<String>json("$.role")).isEqualTo("STUDENT");
    }

    @Test
    void anAdminWhoseRoleWasTakenMeanwhileCanNoLongerManageUsers() {
        // An admin account with a live token, demoted behind its back (as a concurrent change by another
        // admin would be seen): the token still says ADMIN, the database no longer does.
        fixtures.account("former@admins.test", "Former", "ADMIN", true, false, java.time.Instant.now());
        String former = sessionTokens.start(accounts.findByEmail(new EmailAddress("former@admins.test")).orElseThrow(),
                "desk", "127.0.0.1").accessToken();
        jdbc.sql("UPDATE identity.account SET role = 'STUDENT' WHERE email_key = 'former@admins.test'").update();
        UUID user = fixtures.student("victim@admins.test", "V");

        Api.Response refused = api.post(USERS + "/" + user + "/disable", null, former);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(api.get(USERS + "/" + user, admin).<Boolean>json("$.disabled")).isFalse();
    }

    @Test
    void nonAdminsMayChangeNothing() {
        UUID user = fixtures.student("target@rbac.test", "T");
        for (Role role : List.of(Role.STUDENT, Role.REVIEWER, Role.EDITOR)) {
            String token = users.as(role).accessToken();
            assertThat(api.post(USERS + "/" + user + "/disable", null, token).status()).as(role.name()).isEqualTo(403);
            assertThat(api.send(HttpMethod.PUT, USERS + "/" + user + "/role", "{\"role\":\"ADMIN\"}", token, "127.0.0.1")
                    .status()).as(role.name()).isEqualTo(403);
        }
        assertThat(api.post(USERS + "/" + user + "/logout", null, null).status()).isEqualTo(401);
        Api.Response unchanged = api.get(USERS + "/" + user, admin);
        assertThat(unchanged.<String>json("$.role")).isEqualTo("STUDENT");
        assertThat(unchanged.<Boolean>json("$.disabled")).isFalse();
    }

    private Api.Response changeRole(UUID user, String role) {
        return api.send(HttpMethod.PUT, USERS + "/" + user + "/role", "{\"role\":\"" + role + "\"}", admin, "127.0.0.1");
    }

    /** The audit entries about the account, newest first, as the admin audit API gives them. */
    private List<Map<String, Object>> audit(String action, UUID target) {
        Api.Response response = api.get("/api/v1/admin/audit?target=" + target
                + (action == null ? "" : "&action=" + action), admin);
        assertThat(response.status()).isEqualTo(200);
        return response.json("$.items");
    }
}
