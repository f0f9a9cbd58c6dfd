package io.revisio.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.revisio.identity.Role;
import io.revisio.testing.Api;
import io.revisio.testing.IntegrationTest;
import io.revisio.testing.SignedInUsers;
import jakarta.servlet.http.Cookie;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The audit log page: the API's filters as a form, newest first, a page at a time; admins only. */
@IntegrationTest
class AdminAuditPageTest {

    static final Instant NOON = Instant.parse("2026-03-01T12:00:00Z");
    private static final Pattern ACTION = Pattern.compile("<strong>([^<]+)</strong>");

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
    void eventsArePagedNewestFirst() {
        UUID actor = UUID.randomUUID();
        for (int i = 0; i < 7; i++) {
            event(NOON.plusSeconds(i), "security", "paged." + i, actor, "t-paged");
        }
        Api.Response first = api.get("/admin/audit?actor=" + actor + "&size=3", admin);
        assertThat(first.status()).isEqualTo(200);
        assertThat(actions(first.body())).containsExactly("paged.6", "paged.5", "paged.4");
        assertThat(first.body()).contains("1–3 of 7").contains("2026-03-01 12:00:06 UTC")
                .contains("href=\"/admin/audit?actor=" + actor + "&amp;size=3&amp;page=1\"")
                .contains("value=\"" + actor + "\"");

        Api.Response last = api.get("/admin/audit?actor=" + actor + "&size=3&page=2", admin);
        assertThat(actions(last.body())).containsExactly("paged.0");
        assertThat(last.body()).contains("7–7 of 7")
                .contains("href=\"/admin/audit?actor=" + actor + "&amp;size=3&amp;page=1\"")
                .doesNotContain("rel=\"next\"");
    }

    @Test
    void filtersCombineAndTimesFromTheFormAreUtc() throws Exception {
        // a day of its own, so that the period holds only this test's events
        Instant noon = Instant.parse("2026-04-01T12:00:00Z");
        UUID alice = UUID.randomUUID();
        UUID bob = UUID.randomUUID();
        event(noon.minusSeconds(3600), "security", "early.login", alice, "t-alice");
        event(noon, "security", "noon.disable", alice, "t-bob");
        event(noon.plusSeconds(1800), "content", "question.edited", bob, "t-question");
        event(noon.plusSeconds(3600), "security", "late.disable", bob, "t-alice");

        assertThat(actions(api.get("/admin/audit?category=content&actor=" + bob, admin).body()))
                .containsExactly("question.edited");
        assertThat(actions(api.get("/admin/audit?target=t-alice&category=security&action=&to=", admin).body()))
                .containsExactly("late.disable", "early.login");
        // what a datetime-local field sends, read as UTC; both ends included
        Api.Response period = api.get("/admin/audit?from=2026-04-01T12:00&to=2026-04-01T12:30:00", admin);
        assertThat(actions(period.body())).containsExactly("question.edited", "noon.disable");
        assertThat(period.body()).contains("value=\"2026-04-01T12:00:00\"").contains("value=\"2026-04-01T12:30:00\"");
        // an ISO-8601 instant with an offset, as the API takes it
        String withOffset = mvc.perform(get("/admin/audit").param("actor", bob.toString())
                        .param("from", "2026-04-01T13:30:00+01:00").cookie(new Cookie("revisio_access", admin)))
                .andReturn().getResponse().getContentAsString();
        assertThat(actions(withOffset)).containsExactly("late.disable", "question.edited");
        assertThat(api.get("/admin/audit?actor=" + UUID.randomUUID(), admin).body()).contains("No event matches.");
    }

    @Test
    void aRealChangeShowsWithItsActorAndTarget() {
        UUID target = UUID.randomUUID();
        UUID actor = UUID.randomUUID();
        event(NOON.minusSeconds(86_400), "security", "account.disabled", actor, target.toString());
        Api.Response page = api.get("/admin/audit?target=" + target, admin);
        assertThat(page.body()).contains("security · <strong>account.disabled</strong>")
                .contains("href=\"/admin/audit?actor=" + actor + "\"")
                .contains("href=\"/admin/audit?target=" + target + "\"")
                .contains("203.0.113.9");
    }

    @Test
    void badFiltersAreExplainedOnThePage() {
        Api.Response badActor = api.get("/admin/audit?actor=not-a-uuid&from=yesterday", admin);
        assertThat(badActor.status()).isEqualTo(400);
        assertThat(badActor.body()).contains("Actor is not in the expected format.")
                .contains("From is not in the expected format.").contains("value=\"not-a-uuid\"")
                .doesNotContain("java.");
        Api.Response backwards = api.get("/admin/audit?from=2026-03-02T00:00&to=2026-03-01T00:00", admin);
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.body()).contains("From must not be after to.");
    }

    @Test
    void onlyAdminsReadIt() {
        for (Role role : List.of(Role.STUDENT, Role.REVIEWER, Role.EDITOR)) {
            assertThat(api.get("/admin/audit", users.as(role).accessToken()).status()).as(role.name()).isEqualTo(403);
        }
        Api.Response anonymous = api.get("/admin/audit", null);
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.raw().getRedirectedUrl()).isEqualTo("/login?next=%2Fadmin%2Faudit");
    }

    private static List<String> actions(String page) {
        return ACTION.matcher(page).results().map(match -> match.group(1)).toList();
    }

    private void event(Instant at, String category, String action, UUID actor, String target) {
        jdbc.sql("""
                        INSERT INTO platform.audit_event
                            (id, occurred_at, category, action, actor_id, target_type, target_id, ip, request_id,
                             details)
                        VALUES (gen_random_uuid(), :at, :category, :action, :actor, 'account', :target, '203.0.113.9',
                                'req-page', CAST('{"before":"enabled"}' AS jsonb))
                        """)
                .param("at", Timestamp.from(at)).param("category", category).param("action", action)
                .param("actor", actor).param("target", target).update();
    }
}
