package io.revisio.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.identity.Role;
import io.revisio.testing.Api;
import io.revisio.testing.IntegrationTest;
import io.revisio.testing.SignedInUsers;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Admins read the audit log newest first, filtered by category, action, actor, target and time, a page at a time. */
@IntegrationTest
class AdminAuditLogTest {

    static final String AUDIT = "/api/v1/admin/audit";
    static final Instant NOON = Instant.parse("2026-03-01T12:00:00Z");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SignedInUsers users;

    Api api;
    String admin;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
        admin = users.as(Role.ADMIN).accessToken();
    }

    @Test
    void entriesAreNewestFirstWithEveryField() {
        UUID actor = UUID.randomUUID();
        UUID older = event(NOON.minusSeconds(60), "security", "login.failed", actor, "acct-1", Map.of());
        UUID newer = event(NOON, "security", "account.disabled", actor, "acct-1", Map.of("before", "enabled"));

        Api.Response page = api.get(AUDIT + "?actor=" + actor, admin);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.<List<String>>json("$.items[*].id")).containsExactly(newer.toString(), older.toString());
        assertThat(page.<Integer>json("$.total")).isEqualTo(2);
        assertThat(page.<Map<String, Object>>json("$.items[0]"))
                .containsEntry("occurredAt", "2026-03-01T12:00:00Z")
                .containsEntry("category", "security")
                .containsEntry("action", "account.disabled")
                .containsEntry("actorId", actor.toString())
                .containsEntry("targetType", "account")
                .containsEntry("targetId", "acct-1")
                .containsEntry("ip", "203.0.113.9")
                .containsEntry("requestId", "req-" + newer)
                .containsEntry("details", Map.of("before", "enabled"));
    }

    @Test
    void filtersCombine() {
        UUID alice = UUID.randomUUID();
        UUID bob = UUID.randomUUID();
        UUID aliceLogin = event(NOON, "security", "login.succeeded", alice, "t-alice", Map.of());
        UUID aliceDisables = event(NOON, "security", "account.disabled", alice, "t-bob", Map.of());
        UUID bobEdits = event(NOON, "content", "question.edited", bob, "t-question", Map.of());
        UUID bobDisables = event(NOON, "security", "account.disabled", bob, "t-alice", Map.of());

        assertThat(ids("?actor=" + alice)).containsExactlyInAnyOrder(aliceLogin, aliceDisables);
        assertThat(ids("?action=account.disabled&actor=" + bob)).containsExactly(bobDisables);
        assertThat(ids("?target=t-alice")).containsExactlyInAnyOrder(aliceLogin, bobDisables);
        assertThat(ids("?category=content&target=t-question")).containsExactly(bobEdits);
        assertThat(ids("?category=security&action=account.disabled&target=t-bob")).containsExactly(aliceDisables);
        assertThat(ids("?action=account.disabled&actor=" + alice + "&target=t-alice")).isEmpty();
        assertThat(ids("?actor=" + bob + "&category=&action=&target=")).as("empty fields do not filter")
                .containsExactlyInAnyOrder(bobEdits, bobDisables);
    }

    @Test
    void aPeriodIncludesBothEnds() {
        UUID actor = UUID.randomUUID();
        UUID before = event(NOON.minusSeconds(3600), "security", "a.x", actor, "t", Map.of());
        UUID start = event(NOON, "security", "a.x", actor, "t", Map.of());
        UUID inside = event(NOON.plusSeconds(1800), "security", "a.x", actor, "t", Map.of());
        UUID end = event(NOON.plusSeconds(3600), "security", "a.x", actor, "t", Map.of());
        UUID after = event(NOON.plusSeconds(3601), "security", "a.x", actor, "t", Map.of());

        assertThat(ids("?actor=" + actor + "&from=2026-03-01T12:00:00Z&to=2026-03-01T13:00:00Z"))
                .containsExactly(end, inside, start);
        assertThat(ids("?actor=" + actor + "&from=2026-03-01T13:00:00.001Z")).containsExactly(after);
        assertThat(ids("?actor=" + actor + "&to=2026-03-01T11:59:59Z")).containsExactly(before);
        assertThat(ids("?actor=" + actor + "&from=2026-03-01T12:30:00Z&to=2026-03-01T12:30:00Z"))
                .as("one instant").containsExactly(inside);
    }

    @Test
    void pagesDoNotOverlapAndCarryTheTotal() {
        UUID actor = UUID.randomUUID();
        List<UUID> events = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            // several at the same instant: the id orders them, so the pages stay stable
            events.add(event(NOON.plusSeconds(i / 3), "security", "paged", actor, "t", Map.of()));
        }
        List<String> seen = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            Api.Response response = api.get(AUDIT + "?actor=" + actor + "&size=3&page=" + page, admin);
            assertThat(response.<Integer>json("$.total")).isEqualTo(7);
            assertThat(response.<Integer>json("$.page")).isEqualTo(page);
            assertThat(response.<Integer>json("$.size")).isEqualTo(3);
            assertThat(response.<List<Object>>json("$.items")).hasSize(page < 2 ? 3 : 1);
            seen.addAll(response.json("$.items[*].id"));
        }
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(
                events.stream().map(UUID::toString).toList());
        assertThat(seen.get(0)).as("the newest first").isEqualTo(events.get(6).toString());
        assertThat(api.get(AUDIT + "?actor=" + actor + "&size=3&page=0", admin).<List<String>>json("$.items[*].id"))
                .isEqualTo(seen.subList(0, 3));
    }

    @Test
    void realEventsAreThere() {
        // a failed sign-in is recorded by the identity module and read back here
        api.post("/api/v1/auth/login", "{\"email\":\"nobody@audit.test\",\"password\":\"wrong wrong wrong\"}");
        Api.Response failed = api.get(AUDIT + "?category=security&action=login.failed", admin);
        assertThat(failed.<Integer>json("$.total")).isGreaterThanOrEqualTo(1);
        assertThat(failed.<String>json("$.items[0].ip")).isEqualTo("127.0.0.1");
        assertThat(failed.<String>json("$.items[0].requestId")).isNotBlank();
        assertThat(failed.<String>json("$.items[0].details.reason")).isEqualTo("unknown e-mail");
    }

    @Test
    void badParametersAreRefusedByField() {
        Map<String, String> bad = Map.of(
                "from=yesterday", "from",
                "to=2026-03-01", "to",
                "from=2026-03-02T00:00:00Z&to=2026-03-01T00:00:00Z", "from",
                "actor=not-a-uuid", "actor",
                "size=0", "size",
                "size=101", "size",
                "page=-1", "page",
                "action=" + "a".repeat(101), "action");
        bad.forEach((query, field) -> {
            Api.Response refused = api.get(AUDIT + "?" + query, admin);
            assertThat(refused.status()).as(query).isEqualTo(400);
            assertThat(refused.<String>json("$.type")).isEqualTo("urn:revisio:problem:validation-failed");
            assertThat(refused.<List<String>>json("$.errors[*].field")).as(query).containsExactly(field);
            assertThat(refused.body()).as("no Java type names").doesNotContain("java.");
        });
        assertThat(api.get(AUDIT + "?from=yesterday", admin).<List<String>>json("$.errors[*].message"))
                .singleElement().asString().contains("ISO-8601");
        Api.Response defaults = api.get(AUDIT, admin);
        assertThat(defaults.<Integer>json("$.page")).isZero();
        assertThat(defaults.<Integer>json("$.size")).isEqualTo(20);
    }

    @Test
    void onlyAdminsReadTheLog() {
        for (Role role : List.of(Role.STUDENT, Role.REVIEWER, Role.EDITOR)) {
            assertThat(api.get(AUDIT, users.as(role).accessToken()).status()).as(role.name()).isEqualTo(403);
        }
        assertThat(api.get(AUDIT, null).status()).isEqualTo(401);
    }

    private List<UUID> ids(String query) {
        Api.Response response = api.get(AUDIT + query, admin);
        assertThat(response.status()).as(query).isEqualTo(200);
        assertThat(response.<Integer>json("$.total")).isEqualTo(response.<List<Object>>json("$.items").size());
        return response.<List<String>>json("$.items[*].id").stream().map(UUID::fromString).toList();
    }

    private UUID event(Instant at, String category, String action, UUID actor, String target,
            Map<String, String> details) {
        UUID id = UUID.randomUUID();
        String json = details.isEmpty() ? "{}" : "{" + details.entrySet().stream()
                .map(entry -> "\"" + entry.getKey() + "\":\"" + entry.getValue() + "\"")
                .reduce((a, b) -> a + "," + b).orElseThrow() + "}";
        jdbc.sql("""
                        INSERT INTO platform.audit_event
                            (id, occurred_at, category, action, actor_id, target_type, target_id, ip, request_id, details)
                        VALUES (:id, :at, :category, :action, :actor, 'account', :target, '203.0.113.9', :requestId,
                                CAST(:details AS jsonb))
                        """)
                .param("id", id).param("at", Timestamp.from(at)).param("category", category).param("action", action)
                .param("actor", actor).param("target", target).param("requestId", "req-" + id).param("details", json)
                .update();
        return id;
    }
}
