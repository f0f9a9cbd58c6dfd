package io.revisio.identity.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.identity.Role;
import io.revisio.testing.Api;
import io.revisio.testing.IntegrationTest;
import io.revisio.testing.SignedInUsers;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Admins find accounts by text, role and status, page through them, and see one user's active sessions. */
@IntegrationTest
class AdminUserSearchTest {

    static final String USERS = "/api/v1/admin/users";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SignedInUsers users;

    Api api;
    UserFixtures fixtures;
    String admin;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
        fixtures = new UserFixtures(jdbc, api);
        admin = users.as(Role.ADMIN).accessToken();
    }

    @Test
    void searchMatchesPartOfTheAddressOrTheNameWhateverTheCase() {
        Instant now = Instant.now();
        UUID byAddress = fixtures.account("ada.lovelace@find.test", "Countess", "STUDENT", true, false, now.minusSeconds(3));
        UUID byName = fixtures.account("someone@find.test", "ADA Byron", "EDITOR", true, false, now.minusSeconds(2));
        fixtures.account("grace@find.test", "Grace", "STUDENT", true, false, now.minusSeconds(1));

        Api.Response found = api.get(USERS + "?q=aDa", admin);
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.<List<String>>json("$.items[*].id"))
                .as("newest first").containsExactly(byName.toString(), byAddress.toString());
        assertThat(found.<Integer>json("$.total")).isEqualTo(2);
        assertThat(found.<Map<String, Object>>json("$.items[0]")).containsOnlyKeys(
                "id", "email", "displayName", "role", "emailVerified", "disabled", "createdAt");
        assertThat(found.<String>json("$.items[0].email")).isEqualTo("someone@find.test");
        assertThat(found.<String>json("$.items[0].displayName")).isEqualTo("ADA Byron");
        assertThat(found.<String>json("$.items[0].role")).isEqualTo("EDITOR");
        assertThat(found.body()).doesNotContain("password").doesNotContain("bcrypt");

        assertThat(api.get(USERS + "?q= find.test ", admin).<Integer>json("$.total"))
                .as("surrounding blanks are ignored").isEqualTo(3);
        assertThat(api.get(USERS + "?q=nobody-has-this", admin).<List<Object>>json("$.items")).isEmpty();
    }

    @Test
    void wildcardsInTheSearchTextMatchOnlyThemselves() {
        UUID percent = fixtures.student("percent@wild.test", "Score 100%");
        fixtures.student("thousand@wild.test", "Score 1000");
        fixtures.student("underscore@wild.test", "Score 1x0");
        assertThat(api.get(USERS + "?q=100%", admin).<List<String>>json("$.items[*].id"))
                .containsExactly(percent.toString());
        assertThat(api.get(USERS + "?q=score 1_0", admin).<List<Object>>json("$.items")).isEmpty();
    }

    @Test
    void rolesAndStatusesFilterAndCombine() {
        UUID activeStudent = fixtures.account("active@filter.test", "A", "STUDENT", true, false, Instant.now());
        UUID unverifiedStudent = fixtures.account("unverified@filter.test", "U", "STUDENT", false, false, Instant.now());
        UUID disabledStudent = fixtures.account("disabled@filter.test", "D", "STUDENT", true, true, Instant.now());
        UUID activeEditor = fixtures.account("editor@filter.test", "E", "EDITOR", true, false, Instant.now());
        UUID disabledUnverifiedEditor = fixtures.account("editor2@filter.test", "E2", "EDITOR", false, true, Instant.now());

        assertThat(ids("?q=filter.test&role=STUDENT"))
                .containsExactlyInAnyOrder(activeStudent, unverifiedStudent, disabledStudent);
        assertThat(ids("?q=filter.test&role=editor")).as("role in any case")
                .containsExactlyInAnyOrder(activeEditor, disabledUnverifiedEditor);
        assertThat(ids("?q=filter.test&status=active")).containsExactlyInAnyOrder(activeStudent, activeEditor);
        assertThat(ids("?q=filter.test&status=unverified")).containsExactly(unverifiedStudent);
        assertThat(ids("?q=filter.test&status=DISABLED")).as("disabled wins over unverified")
                .containsExactlyInAnyOrder(disabledStudent, disabledUnverifiedEditor);
        assertThat(ids("?q=filter.test&role=STUDENT&status=disabled")).containsExactly(disabledStudent);
        assertThat(ids("?q=filter.test&role=&status=")).as("empty form fields do not filter").hasSize(5);

        Api.Response disabled = api.get(USERS + "?q=disabled@filter.test", admin);
        assertThat(disabled.<Boolean>json("$.items[0].disabled")).isTrue();
        assertThat(disabled.<Boolean>json("$.items[0].emailVerified")).isTrue();
        assertThat(api.get(USERS + "?q=unverified@filter.test", admin).<Boolean>json("$.items[0].emailVerified"))
                .isFalse();
    }

    @Test
    void pagesAreStableNewestFirstAndCarryTheTotal() {
        Instant base = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(1, ChronoUnit.DAYS);
        List<UUID> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            // two pairs share a creation time: the id breaks the tie, so no row shows on two pages
            created.add(fixtures.account("p" + i + "@paging.test", "P" + i, "STUDENT", true, false,
                    base.plusSeconds(i / 2)));
        }
        List<String> seen = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            Api.Response response = api.get(USERS + "?q=paging.test&size=2&page=" + page, admin);
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.<Integer>json("$.page")).isEqualTo(page);
            assertThat(response.<Integer>json("$.size")).isEqualTo(2);
            assertThat(response.<Integer>json("$.total")).isEqualTo(5);
            seen.addAll(response.json("$.items[*].id"));
        }
        assertThat(seen).doesNotHaveDuplicates().hasSize(5);
        assertThat(seen.get(0)).as("the newest").isEqualTo(created.get(4).toString());
        assertThat(seen.subList(3, 5)).as("the oldest pair last")
                .containsExactlyInAnyOrder(created.get(0).toString(), created.get(1).toString());
        assertThat(api.get(USERS + "?q=paging.test&size=2&page=0", admin).<List<String>>json("$.items[*].id"))
                .as("asking again gives the same page").isEqualTo(seen.subList(0, 2));

        Api.Response beyond = api.get(USERS + "?q=paging.test&size=2&page=3", admin);
        assertThat(beyond.<List<Object>>json("$.items")).isEmpty();
        assertThat(beyond.<Integer>json("$.total")).isEqualTo(5);

        Api.Response defaults = api.get(USERS, admin);
        assertThat(defaults.<Integer>json("$.page")).isZero();
        assertThat(defaults.<Integer>json("$.size")).isEqualTo(20);
    }

    @Test
    void badParametersAreRefusedByField() {
        Map<String, String> bad = Map.of(
                "size=0", "size",
                "size=101", "size",
                "page=-1", "page",
                "page=first", "page",
                "role=KING", "role",
                "status=asleep", "status",
                "q=" + "x".repeat(101), "q");
        bad.forEach((query, field) -> {
            Api.Response refused = api.get(USERS + "?" + query, admin);
            assertThat(refused.status()).as(query).isEqualTo(400);
            assertThat(refused.<String>json("$.type")).isEqualTo("urn:revisio:problem:validation-failed");
            assertThat(refused.<List<String>>json("$.errors[*].field")).as(query).containsExactly(field);
            assertThat(refused.body()).as("no Java type names").doesNotContain("java.");
        });
        Api.Response words = api.get(USERS + "?page=first", admin);
        assertThat(words.<List<String>>json("$.errors[*].message")).containsExactly("must be a whole number");
        Api.Response twoAtOnce = api.get(USERS + "?size=500&role=KING", admin);
        assertThat(twoAtOnce.<List<String>>json("$.errors[*].field")).containsExactlyInAnyOrder("size", "role");
    }

    @Test
    void oneUserIsShownWithTheirActiveDeviceSessionsOnly() {
        UUID user = fixtures.student("shown@details.test", "Shown");
        UserFixtures.Tokens phone = fixtures.signIn("shown@details.test", "Pixel 9");
        UserFixtures.Tokens laptop = fixtures.signIn("shown@details.test", "ThinkPad");
        assertThat(api.post("/api/v1/auth/logout", null, laptop.access()).status()).isEqualTo(204);

        Api.Response shown = api.get(USERS + "/" + user, admin);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.<String>json("$.id")).isEqualTo(user.toString());
        assertThat(shown.<String>json("$.email")).isEqualTo("shown@details.test");
        assertThat(shown.<String>json("$.displayName")).isEqualTo("Shown");
        assertThat(shown.<String>json("$.role")).isEqualTo("STUDENT");
        assertThat(shown.<Boolean>json("$.disabled")).isFalse();
        assertThat(shown.<List<String>>json("$.sessions[*].id"))
                .as("the ended session is not listed")
                .containsExactly(sessionOf(phone.access()).toString());
        assertThat(shown.<Map<String, Object>>json("$.sessions[0]"))
                .containsOnlyKeys("id", "deviceLabel", "ip", "createdAt", "lastSeenAt")
                .containsEntry("deviceLabel", "Pixel 9")
                .containsEntry("ip", "127.0.0.1");
        assertThat(shown.body()).doesNotContain(phone.refresh()).doesNotContain("password").doesNotContain("bcrypt");
    }

    @Test
    void anUnknownUserIsNotFoundAndAMalformedIdIsABadRequest() {
        Api.Response unknown = api.get(USERS + "/" + UUID.randomUUID(), admin);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.<String>json("$.type")).isEqualTo("urn:revisio:problem:not-found");
        Api.Response malformed = api.get(USERS + "/not-an-id", admin);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.<List<String>>json("$.errors[*].field")).containsExactly("id");
        assertThat(malformed.<List<String>>json("$.errors[*].message")).containsExactly("must be a UUID");
    }

    @Test
    void onlyAdminsMayListUsers() {
        for (Role role : List.of(Role.STUDENT, Role.REVIEWER, Role.EDITOR)) {
            Api.Response refused = api.get(USERS, users.as(role).accessToken());
            assertThat(refused.status()).as(role.name()).isEqualTo(403);
            assertThat(refused.<String>json("$.type")).isEqualTo("urn:revisio:problem:forbidden");
        }
        assertThat(api.get(USERS, null).status()).isEqualTo(401);
    }

    private List<UUID> ids(String query) {
        Api.Response response = api.get(USERS + query, admin);
        assertThat(response.status()).as(query).isEqualTo(200);
        assertThat(response.<Integer>json("$.total")).isEqualTo(response.<List<Object>>json("$.items").size());
        return response.<List<String>>json("$.items[*].id").stream().map(UUID::fromString).toList();
    }

    private static UUID sessionOf(String accessToken) {
        try {
            return UUID.fromString(com.nimbusds.jwt.SignedJWT.parse(accessToken).getJWTClaimsSet().getStringClaim("sid"));
        } catch (java.text.ParseException e) {
            throw new IllegalStateException(e);
        }
    }
}
