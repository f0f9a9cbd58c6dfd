package io.revisio.identity.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.revisio.identity.Role;
import io.revisio.testing.Api;
import io.revisio.testing.Inbox;
import io.revisio.testing.IntegrationTest;
import io.revisio.testing.RealCsrf;
import io.revisio.testing.SignedInUsers;
import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The admin's user pages: the list finds and pages accounts, one user shows their sessions, and every form
 * really changes the account, is audited with the admin as actor, and answers with a confirmation.
 */
@IntegrationTest
class AdminUserPagesTest {

    private static final Pattern EMAIL_CELL = Pattern.compile("data-label=\"E-mail\">([^<]+)<");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SignedInUsers users;

    Api api;
    UserFixtures fixtures;
    String admin;
    UUID adminId;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
        fixtures = new UserFixtures(jdbc, api);
        admin = users.as(Role.ADMIN).accessToken();
        adminId = UserFixtures.accountOf(admin);
    }

    @Test
    void theListPagesThroughTheMatchingUsersNewestFirst() {
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < 23; i++) {
            fixtures.account(String.format("user%02d@paging.test", i), "Paged " + i, "STUDENT", true, false,
                    start.plusSeconds(i));
        }
        Api.Response first = api.get("/admin/users?q=paging.test", admin);
        assertThat(first.status()).isEqualTo(200);
        assertThat(emails(first.body())).hasSize(20).startsWith("user22@paging.test", "user21@paging.test")
                .endsWith("user03@paging.test");
        assertThat(first.body()).contains("1–20 of 23")
                .contains("href=\"/admin/users?q=paging.test&amp;page=1\"")
                .doesNotContain("rel=\"prev\"")
                .contains("value=\"paging.test\"");

        Api.Response second = api.get("/admin/users?q=paging.test&page=1", admin);
        assertThat(emails(second.body())).containsExactly("user02@paging.test", "user01@paging.test",
                "user00@paging.test");
        assertThat(second.body()).contains("21–23 of 23")
                .contains("href=\"/admin/users?q=paging.test&amp;page=0\"")
                .doesNotContain("rel=\"next\"");
    }

    @Test
    void theListFiltersByTextRoleAndStatus() {
        Instant now = Instant.now();
        fixtures.account("dora@filters.test", "Dora", "EDITOR", true, true, now.minusSeconds(3));
        fixtures.account("ed@filters.test", "Ed", "EDITOR", true, false, now.minusSeconds(2));
        fixtures.account("fay@filters.test", "Fay", "STUDENT", false, false, now.minusSeconds(1));

        assertThat(emails(api.get("/admin/users?q=FILTERS.test&role=editor&status=", admin).body()))
                .containsExactly("ed@filters.test", "dora@filters.test");
        Api.Response disabledEditors = api.get("/admin/users?q=filters.test&role=EDITOR&status=disabled", admin);
        assertThat(emails(disabledEditors.body())).containsExactly("dora@filters.test");
        assertThat(disabledEditors.body()).as("the form keeps the filters")
                .contains("<option value=\"editor\" selected>").contains("<option value=\"disabled\" selected>");
        assertThat(emails(api.get("/admin/users?q=filters.test&status=unverified", admin).body()))
                .containsExactly("fay@filters.test");
        assertThat(api.get("/admin/users?q=nobody-at-all", admin).body()).contains("No user matches.");

        Api.Response badRole = api.get("/admin/users?role=king", admin);
        assertThat(badRole.status()).isEqualTo(400);
        assertThat(badRole.body()).contains("Role must be one of STUDENT, REVIEWER, EDITOR, ADMIN.");
        Api.Response badPage = api.get("/admin/users?page=x", admin);
        assertThat(badPage.status()).isEqualTo(400);
        assertThat(badPage.body()).contains("Page is not in the expected format.").doesNotContain("java.");
    }

    @Test
    void htmxGetsOnlyTheResultsUnlessItRestoresHistory() throws Exception {
        fixtures.student("hilda@htmx.test", "Hilda");
        MockHttpServletResponse results = mvc.perform(get("/admin/users").param("q", "htmx.test")
                .header("HX-Request", "true").cookie(access(admin))).andReturn().getResponse();
        assertThat(results.getStatus()).isEqualTo(200);
        assertThat(results.getHeaders("Vary")).contains("HX-Request");
        assertThat(results.getContentAsString()).contains("hilda@htmx.test").doesNotContain("<html")
                .doesNotContain("<form");

        MockHttpServletResponse restored = mvc.perform(get("/admin/users").param("q", "htmx.test")
                .header("HX-Request", "true").header("HX-History-Restore-Request", "true").cookie(access(admin)))
                .andReturn().getResponse();
        assertThat(restored.getContentAsString()).contains("<html").contains("hilda@htmx.test");
    }

    @Test
    void theUserPageShowsTheActiveSessions() {
        UUID ida = fixtures.student("ida@sessions.test", "Ida");
        fixtures.signIn("ida@sessions.test", "Ida's phone");
        fixtures.signIn("ida@sessions.test", "Ida's laptop");

        Api.Response page = api.get("/admin/users/" + ida, admin);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Ida</h1>").contains("ida@sessions.test").contains("active")
                .contains("Ida's phone").contains("Ida's laptop").contains("127.0.0.1")
                .contains("action=\"/admin/users/" + ida + "/logout\"")
                .contains("href=\"/admin/audit?target=" + ida + "\"")
                .as("no form without its CSRF field")
                .doesNotContain("name=\"_csrf\" value=\"\"");
        assertThat(api.get("/admin/users/" + UUID.randomUUID(), admin).status()).isEqualTo(404);
    }

    @Test
    void aNewRoleIsSavedEndsTheOldTokensAndIsAudited() throws Exception {
        UUID june = fixtures.student("june@roles.test", "June");
        UserFixtures.Tokens before = fixtures.signIn("june@roles.test");

        MockHttpServletResponse changed = mvc.perform(form("/admin/users/" + june + "/role").param("role", "EDITOR"))
                .andReturn().getResponse();
        assertThat(changed.getStatus()).isEqualTo(302);
        assertThat(changed.getRedirectedUrl()).isEqualTo("/admin/users/" + june + "?done=role");
        assertThat(api.get(changed.getRedirectedUrl(), admin).body())
                .contains("The role is saved; the user signs in again to use it.")
                .contains("<option value=\"EDITOR\" selected>");

        assertThat(roleOf(june)).isEqualTo("EDITOR");
        assertThat(api.get("/api/v1/me", before.access()).status()).as("the old token").isEqualTo(401);
        assertThat(UserFixtures.roleIn(fixtures.signIn("june@roles.test").access())).isEqualTo("EDITOR");
        assertThat(audited("account.role-changed", june)).singleElement()
                .satisfies(entry -> assertThat(entry).containsEntry("actor_id", adminId));

        MockHttpServletResponse unknownRole = mvc.perform(form("/admin/users/" + june + "/role").param("role", "KING"))
                .andReturn().getResponse();
        assertThat(unknownRole.getStatus()).isEqualTo(400);
        assertThat(unknownRole.getContentAsString()).contains("Choose one of the roles.");
        assertThat(roleOf(june)).isEqualTo("EDITOR");
    }

    @Test
    void anAdminCannotChangeTheirOwnRole() throws Exception {
        MockHttpServletResponse refused = mvc.perform(
                form("/admin/users/" + adminId + "/role").param("role", "STUDENT")).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(refused.getContentAsString()).contains("You cannot change your own role. Ask another admin.")
                .contains("class=\"notice error\"");
        assertThat(roleOf(adminId)).isEqualTo("ADMIN");
        assertThat(audited("account.role-changed", adminId)).isEmpty();
        assertThat(api.get("/admin/users", admin).status()).as("still an admin").isEqualTo(200);

        assertThat(api.post("/admin/users/" + adminId + "/disable", null, admin).body())
                .contains("You cannot disable your own account. Ask another admin.");
        assertThat(jdbc.sql("SELECT disabled_at IS NULL FROM identity.account WHERE id = :id").param("id", adminId)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void aDisabledUserCannotSignInUntilEnabled() {
        UUID kim = fixtures.student("kim@disable.test", "Kim");
        UserFixtures.Tokens session = fixtures.signIn("kim@disable.test");

        Api.Response disabled = api.post("/admin/users/" + kim + "/disable", null, admin);
        assertThat(disabled.status()).isEqualTo(302);
        assertThat(disabled.raw().getRedirectedUrl()).isEqualTo("/admin/users/" + kim + "?done=disabled");
        Api.Response page = api.get(disabled.raw().getRedirectedUrl(), admin);
        assertThat(page.body()).contains("The account is disabled and signed out everywhere.")
                .contains("disabled since").contains("Enable account").contains("Not signed in anywhere.");

        assertThat(api.get("/api/v1/me", session.access()).status()).isEqualTo(401);
        Api.Response signIn = fixtures.login("kim@disable.test");
        assertThat(signIn.status()).isEqualTo(403);
        assertThat(signIn.<String>json("$.type")).isEqualTo("urn:revisio:problem:account-disabled");
        assertThat(audited("account.disabled", kim)).singleElement()
                .satisfies(entry -> assertThat(entry).containsEntry("actor_id", adminId));

        Api.Response enabled = api.post("/admin/users/" + kim + "/enable", null, admin);
        assertThat(enabled.raw().getRedirectedUrl()).isEqualTo("/admin/users/" + kim + "?done=enabled");
        assertThat(fixtures.login("kim@disable.test").status()).isEqualTo(200);
        assertThat(audited("account.enabled", kim)).singleElement()
                .satisfies(entry -> assertThat(entry).containsEntry("actor_id", adminId));
    }

    @Test
    void aForcedLogoutEndsEverySession() {
        UUID lea = fixtures.student("lea@logout.test", "Lea");
        UserFixtures.Tokens phone = fixtures.signIn("lea@logout.test", "phone");
        UserFixtures.Tokens laptop = fixtures.signIn("lea@logout.test", "laptop");

        Api.Response loggedOut = api.post("/admin/users/" + lea + "/logout", null, admin);
        assertThat(loggedOut.raw().getRedirectedUrl()).isEqualTo("/admin/users/" + lea + "?done=logout");
        assertThat(api.get(loggedOut.raw().getRedirectedUrl(), admin).body())
                .contains("The user is signed out everywhere.").contains("Not signed in anywhere.");
        assertThat(api.get("/api/v1/me", phone.access()).status()).isEqualTo(401);
        assertThat(fixtures.refresh(laptop.refresh()).status()).isEqualTo(401);
        assertThat(audited("session.revoked-all", lea)).singleElement()
                .satisfies(entry -> assertThat(entry).containsEntry("actor_id", adminId));
        assertThat(fixtures.login("lea@logout.test").status()).as("not disabled").isEqualTo(200);
    }

    @Test
    void resendingVerificationPutsANewLinkInTheOutbox() {
        Inbox inbox = new Inbox(jdbc);
        api.post("/api/v1/auth/register", "{\"email\":\"max@resend.test\",\"password\":\""
                + UserFixtures.PASSWORD + "\",\"displayName\":\"Max\"}");
        String first = inbox.latest("max@resend.test").orElseThrow().token();
        UUID max = jdbc.sql("SELECT id FROM identity.account WHERE email_key = 'max@resend.test'")
                .query(UUID.class).single();
        assertThat(api.get("/admin/users/" + max, admin).body()).contains("Resend verification link");

        Api.Response resent = api.post("/admin/users/" + max + "/resend-verification", null, admin);
        assertThat(resent.raw().getRedirectedUrl()).isEqualTo("/admin/users/" + max + "?done=verification");
        assertThat(api.get(resent.raw().getRedirectedUrl(), admin).body())
                .contains("A new verification link is on its way.");
        assertThat(inbox.count("max@resend.test")).isEqualTo(2);
        assertThat(inbox.latest("max@resend.test").orElseThrow().token()).isNotEqualTo(first);
        assertThat(audited("email.verification-resent", max)).singleElement()
                .satisfies(entry -> assertThat(entry).containsEntry("actor_id", adminId));

        UUID verified = fixtures.student("nia@resend.test", "Nia");
        Api.Response refused = api.post("/admin/users/" + verified + "/resend-verification", null, admin);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("This account's e-mail address is already verified.");
        assertThat(inbox.count("nia@resend.test")).isZero();
    }

    @Test
    void onlyAdminsGetThePagesAndOnlyTheySeeTheLink() {
        UUID olga = fixtures.student("olga@rbac.test", "Olga");
        for (Role role : List.of(Role.STUDENT, Role.REVIEWER, Role.EDITOR)) {
            String token = users.as(role).accessToken();
            assertThat(api.get("/admin/users", token).status()).as(role.name()).isEqualTo(403);
            assertThat(api.get("/admin/users/" + olga, token).status()).as(role.name()).isEqualTo(403);
            assertThat(api.post("/admin/users/" + olga + "/disable", null, token).status()).as(role.name())
                    .isEqualTo(403);
            assertThat(api.get("/account", token).body()).as(role.name()).doesNotContain("href=\"/admin/users\"");
        }
        Api.Response anonymous = api.get("/admin/users", null);
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.raw().getRedirectedUrl()).isEqualTo("/login?next=%2Fadmin%2Fusers");
        assertThat(api.post("/admin/users/" + olga + "/disable", null, null).status()).isEqualTo(401);
        assertThat(jdbc.sql("SELECT disabled_at IS NULL FROM identity.account WHERE id = :id").param("id", olga)
                .query(Boolean.class).single()).isTrue();

        assertThat(api.get("/account", admin).body()).contains("<a href=\"/admin/users\">Admin</a>");
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
        UUID pia = fixtures.student("pia@csrf.test", "Pia");
        assertThat(mvc.perform(post("/admin/users/" + pia + "/disable").cookie(access(admin)))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/admin/users/" + pia + "/role").param("role", "ADMIN").cookie(access(admin)))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(roleOf(pia)).isEqualTo("STUDENT");
        assertThat(jdbc.sql("SELECT disabled_at IS NULL FROM identity.account WHERE id = :id").param("id", pia)
                .query(Boolean.class).single()).isTrue();
    }

    /** A form post from the admin's browser: the access cookie and the page's CSRF field. */
    private MockHttpServletRequestBuilder form(String path) {
        return post(path).with(RealCsrf.token()).cookie(access(admin));
    }

    private static Cookie access(String token) {
        return new Cookie("revisio_access", token);
    }

    private String roleOf(UUID account) {
        return jdbc.sql("SELECT role FROM identity.account WHERE id = :id").param("id", account)
                .query(String.class).single();
    }

    private List<Map<String, Object>> audited(String action, UUID target) {
        return jdbc.sql("SELECT actor_id, details::text AS details FROM platform.audit_event"
                        + " WHERE action = :action AND target_id = :target")
                .param("action", action).param("target", target.toString()).query().listOfRows();
    }

    /** The addresses in the list, in the order shown. */
    private static List<String> emails(String page) {
        Matcher matcher = EMAIL_CELL.matcher(page);
        return matcher.results().map(match -> match.group(1)).toList();
    }
}
