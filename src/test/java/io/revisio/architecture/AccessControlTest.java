package io.revisio.architecture;

import static io.revisio.architecture.AccessControlTest.Who.ADMIN;
import static io.revisio.architecture.AccessControlTest.Who.ANONYMOUS;
import static io.revisio.architecture.AccessControlTest.Who.EDITOR;
import static io.revisio.architecture.AccessControlTest.Who.REVIEWER;
import static io.revisio.architecture.AccessControlTest.Who.STUDENT;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.identity.Role;
import io.revisio.shared.web.RouteAccess;
import io.revisio.testing.Api;
import io.revisio.testing.IntegrationTest;
import io.revisio.testing.SignedInUsers;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The RBAC regression suite: one declarative table of who may call every route, checked against every
 * route the application serves, for anonymous callers and every role. A new route without a row fails.
 */
@IntegrationTest
class AccessControlTest {

    enum Who { ANONYMOUS, STUDENT, REVIEWER, EDITOR, ADMIN }

    static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    static final Set<Who> SIGNED_IN = EnumSet.of(STUDENT, REVIEWER, EDITOR, ADMIN);
    static final Set<Who> ADMINS = EnumSet.of(ADMIN);
    static final Set<Who> EDITORS = EnumSet.of(EDITOR, ADMIN);
    static final Set<Who> STAFF = EnumSet.of(REVIEWER, EDITOR, ADMIN);
    static final Set<Who> STUDENTS = EnumSet.of(STUDENT);

    /** Who may call each route: "METHOD path" as mapped. */
    static final Map<String, Set<Who>> TABLE = Map.ofEntries(
            entry("GET /", EVERYONE),
            entry("GET /syllabus/outline", EVERYONE),
            entry("GET /api/health", EVERYONE),
            entry("GET /api/v1/health", EVERYONE),
            entry("GET /api/v1/health/ready", EVERYONE),
            entry("GET /api/v1/syllabus", EVERYONE),
            entry("GET /api/v1/openapi.json", EVERYONE),
            entry("GET /api/v1/openapi.json.yaml", EVERYONE),
            entry("GET /api/v1/admin/users", ADMINS),
            entry("GET /api/v1/admin/users/{id}", ADMINS),
            entry("PUT /api/v1/admin/users/{id}/role", ADMINS),
            entry("POST /api/v1/admin/users/{id}/disable", ADMINS),
            entry("POST /api/v1/admin/users/{id}/enable", ADMINS),
            entry("POST /api/v1/admin/users/{id}/logout", ADMINS),
            entry("POST /api/v1/admin/users/{id}/resend-verification", ADMINS),
            entry("GET /api/v1/admin/audit", ADMINS),
            entry("GET /api/v1/admin/syllabus", STAFF),
            entry("POST /api/v1/admin/syllabus/nodes", EDITORS),
            entry("PUT /api/v1/admin/syllabus/nodes/{id}", EDITORS),
            entry("DELETE /api/v1/admin/syllabus/nodes/{id}", EDITORS),
            entry("POST /api/v1/admin/syllabus/nodes/{id}/move", EDITORS),
            entry("PUT /api/v1/admin/syllabus/nodes/{parentId}/children", EDITORS),
            entry("POST /api/v1/admin/syllabus/nodes/{id}/enable", EDITORS),
            entry("POST /api/v1/admin/syllabus/nodes/{id}/disable", EDITORS),
            entry("POST /api/v1/admin/questions", EDITORS),
            entry("GET /api/v1/admin/questions/{id}", STAFF),
            entry("PUT /api/v1/admin/questions/{id}", EDITORS),
            entry("POST /api/v1/admin/questions/{id}/submit", EDITORS),
            entry("POST /api/v1/admin/questions/{id}/approve", EnumSet.of(REVIEWER, ADMIN)),
            entry("POST /api/v1/admin/questions/{id}/request-changes", EnumSet.of(REVIEWER, ADMIN)),
            entry("POST /api/v1/admin/questions/{id}/publish", EDITORS),
            entry("POST /api/v1/admin/questions/{id}/archive", EDITORS),
            entry("POST /api/v1/admin/questions/{id}/restore", EDITORS),
            entry("GET /api/v1/admin/questions/{id}/versions", STAFF),
            entry("GET /api/v1/admin/questions/{id}/versions/{number}", STAFF),
            entry("GET /api/v1/admin/questions/{id}/diff", STAFF),
            entry("GET /admin/questions/{id}/history", STAFF),
            entry("POST /api/v1/admin/media", EDITORS),
            entry("GET /api/v1/admin/media", STAFF),
            entry("GET /admin/media", STAFF),
            entry("POST /admin/media", EDITORS),
            entry("GET /media/{sha256}", SIGNED_IN),
            entry("POST /api/v1/admin/imports", EDITORS),
            entry("GET /api/v1/admin/imports", EDITORS),
            entry("GET /api/v1/admin/imports/{id}", EDITORS),
            entry("POST /api/v1/admin/imports/{id}/commit", EDITORS),
            entry("GET /api/v1/admin/exports", EDITORS),
            entry("GET /admin/imports", EDITORS),
            entry("POST /admin/imports", EDITORS),
            entry("GET /admin/imports/{id}", EDITORS),
            entry("GET /admin/imports/{id}/progress", EDITORS),
            entry("POST /admin/imports/{id}/commit", EDITORS),
            entry("GET /admin/imports/export", EDITORS),
            entry("GET /api/v1/practice/pool", STUDENTS),
            entry("GET /api/v1/revision/today", STUDENTS),
            entry("POST /api/v1/revision/sessions", STUDENTS),
            entry("GET /api/v1/revision/forecast", STUDENTS),
            entry("GET /api/v1/revision/settings", STUDENTS),
            entry("PUT /api/v1/revision/settings", STUDENTS),
            entry("POST /api/v1/revision/cards/{questionId}/suspend", STUDENTS),
            entry("POST /api/v1/revision/cards/{questionId}/unsuspend", STUDENTS),
            entry("POST /api/v1/revision/cards/{questionId}/snooze", STUDENTS),
            entry("GET /api/v1/revision/fits", STUDENTS),
            entry("GET /api/v1/learning/mastery", STUDENTS),
            entry("GET /api/v1/analytics/overview", STUDENTS),
            entry("GET /api/v1/analytics/syllabus", STUDENTS),
            entry("GET /api/v1/analytics/trend", STUDENTS),
            entry("GET /api/v1/analytics/percentile", STUDENTS),
            entry("GET /api/v1/admin/revision/fits", ADMINS),
            entry("POST /api/v1/admin/irt/calibrations", ADMINS),
            entry("GET /api/v1/admin/irt/calibrations", ADMINS),
            entry("GET /api/v1/admin/irt/calibrations/{id}", ADMINS),
            entry("GET /api/v1/admin/irt/calibrations/{id}/items", ADMINS),
            entry("POST /api/v1/practice/sessions", STUDENTS),
            entry("GET /api/v1/practice/sessions/{id}", STUDENTS),
            entry("PUT /api/v1/practice/sessions/{id}/answers/{questionId}", STUDENTS),
            entry("POST /api/v1/practice/sessions/{id}/submit", STUDENTS),
            entry("POST /api/v1/practice/sessions/{id}/pause", STUDENTS),
            entry("POST /api/v1/practice/sessions/{id}/resume", STUDENTS),
            entry("POST /api/v1/practice/sessions/{id}/abandon", STUDENTS),
            entry("GET /api/v1/practice/sessions/{id}/review", STUDENTS),
            entry("GET /api/v1/bookmarks", STUDENTS),
            entry("PUT /api/v1/bookmarks/{questionId}", STUDENTS),
            entry("DELETE /api/v1/bookmarks/{questionId}", STUDENTS),
            entry("GET /api/v1/mistakes", STUDENTS),
            entry("GET /practice", STUDENTS),
            entry("GET /revision", STUDENTS),
            entry("GET /analytics", STUDENTS),
            entry("POST /revision/sessions", STUDENTS),
            entry("POST /revision/settings", STUDENTS),
            entry("POST /revision/cards/{questionId}/suspend", STUDENTS),
            entry("POST /revision/cards/{questionId}/unsuspend", STUDENTS),
            entry("POST /revision/cards/{questionId}/snooze", STUDENTS),
            entry("GET /practice/bookmarks", STUDENTS),
            entry("POST /practice/bookmarks/{questionId}", STUDENTS),
            entry("POST /practice/bookmarks/{questionId}/note", STUDENTS),
            entry("POST /practice/bookmarks/{questionId}/remove", STUDENTS),
            entry("GET /practice/mistakes", STUDENTS),
            entry("GET /practice/new", STUDENTS),
            entry("POST /practice/new", STUDENTS),
            entry("GET /practice/sessions/{id}", STUDENTS),
            entry("POST /practice/sessions/{id}/questions/{questionId}", STUDENTS),
            entry("POST /practice/sessions/{id}/submit", STUDENTS),
            entry("POST /practice/sessions/{id}/pause", STUDENTS),
            entry("GET /practice/sessions/{id}/results", STUDENTS),
            entry("GET /practice/sessions/{id}/review", STUDENTS),
            entry("POST /api/v1/auth/register", EVERYONE),
            entry("POST /api/v1/auth/verify-email", EVERYONE),
            entry("POST /api/v1/auth/verify-email/resend", EVERYONE),
            entry("POST /api/v1/auth/login", EVERYONE),
            entry("POST /api/v1/auth/refresh", EVERYONE),
            entry("POST /api/v1/auth/password/forgot", EVERYONE),
            entry("POST /api/v1/auth/password/reset", EVERYONE),
            entry("GET /api/v1/auth/jwks.json", EVERYONE),
            entry("POST /api/v1/auth/logout", SIGNED_IN),
            entry("POST /api/v1/auth/logout-all", SIGNED_IN),
            entry("GET /api/v1/auth/sessions", SIGNED_IN),
            entry("DELETE /api/v1/auth/sessions/{id}", SIGNED_IN),
            entry("POST /api/v1/auth/mfa/verify", EVERYONE),
            entry("GET /api/v1/auth/mfa", SIGNED_IN),
            entry("POST /api/v1/auth/mfa/enrol", SIGNED_IN),
            entry("POST /api/v1/auth/mfa/confirm", SIGNED_IN),
            entry("POST /api/v1/auth/mfa/disable", SIGNED_IN),
            entry("GET /api/v1/me", SIGNED_IN),
            entry("PATCH /api/v1/me", SIGNED_IN),
            entry("POST /api/v1/me/password", SIGNED_IN),
            entry("GET /login", EVERYONE),
            entry("POST /login", EVERYONE),
            entry("GET /login/mfa", EVERYONE),
            entry("POST /login/mfa", EVERYONE),
            entry("POST /logout", EVERYONE),
            entry("GET /register", EVERYONE),
            entry("POST /register", EVERYONE),
            entry("GET /verify-email", EVERYONE),
            entry("POST /verify-email", EVERYONE),
            entry("GET /forgot-password", EVERYONE),
            entry("POST /forgot-password", EVERYONE),
            entry("GET /reset-password", EVERYONE),
            entry("POST /reset-password", EVERYONE),
            entry("GET /account", SIGNED_IN),
            entry("POST /account/profile", SIGNED_IN),
            entry("POST /account/password", SIGNED_IN),
            entry("POST /account/mfa/enrol", SIGNED_IN),
            entry("POST /account/mfa/confirm", SIGNED_IN),
            entry("POST /account/mfa/disable", SIGNED_IN),
            entry("POST /account/sessions/{id}/end", SIGNED_IN),
            entry("POST /account/sessions/end-all", SIGNED_IN),
            entry("POST /account/external/{provider}/unlink", SIGNED_IN),
            entry("POST /account/email", SIGNED_IN),
            entry("GET /confirm-email", EVERYONE),
            entry("POST /confirm-email", EVERYONE),
            entry("POST /api/v1/auth/confirm-email", EVERYONE),
            entry("POST /api/v1/me/email", SIGNED_IN),
            entry("GET /admin/users", ADMINS),
            entry("GET /admin/users/{id}", ADMINS),
            entry("POST /admin/users/{id}/role", ADMINS),
            entry("POST /admin/users/{id}/disable", ADMINS),
            entry("POST /admin/users/{id}/enable", ADMINS),
            entry("POST /admin/users/{id}/logout", ADMINS),
            entry("POST /admin/users/{id}/resend-verification", ADMINS),
            entry("GET /admin/audit", ADMINS),
            entry("GET /admin/revision/fits", ADMINS),
            entry("GET /admin/irt", ADMINS),
            entry("POST /admin/irt/calibrations", ADMINS),
            entry("GET /admin/irt/calibrations/{id}", ADMINS),
            entry("GET /admin/questions/new", EDITORS),
            entry("POST /admin/questions/new", EDITORS),
            entry("POST /admin/questions/preview", EDITORS),
            entry("GET /admin/questions/{id}", STAFF),
            entry("POST /admin/questions/{id}", EDITORS),
            entry("POST /admin/questions/{id}/submit", EDITORS),
            entry("POST /admin/questions/{id}/approve", EnumSet.of(REVIEWER, ADMIN)),
            entry("POST /admin/questions/{id}/request-changes", EnumSet.of(REVIEWER, ADMIN)),
            entry("POST /admin/questions/{id}/publish", EDITORS),
            entry("POST /admin/questions/{id}/archive", EDITORS),
            entry("POST /admin/questions/{id}/restore", EDITORS),
            entry("GET /admin/reviews", STAFF),
            entry("GET /admin/syllabus", STAFF),
            entry("POST /admin/syllabus/nodes", EDITORS),
            entry("POST /admin/syllabus/nodes/{id}", EDITORS),
            entry("POST /admin/syllabus/nodes/{id}/move", EDITORS),
            entry("POST /admin/syllabus/nodes/{id}/reorder", EDITORS),
            entry("POST /admin/syllabus/nodes/{id}/enable", EDITORS),
            entry("POST /admin/syllabus/nodes/{id}/disable", EDITORS),
            entry("POST /admin/syllabus/nodes/{id}/delete", EDITORS),
            entry("GET /api/v1/admin/questions", STAFF),
            entry("GET /admin/questions", STAFF),
            entry("GET /api/v1/admin/item-statistics", STAFF),
            entry("GET /api/v1/admin/item-statistics/{questionId}", STAFF),
            entry("GET /admin/item-statistics", STAFF),
            entry("GET /admin/item-statistics/{questionId}", STAFF));

    /** Internal forwarding targets nobody calls directly. */
    static final Set<String> INTERNAL = Set.of("ANY /error");

    @Autowired
    RequestMappingHandlerMapping mapping;

    @Autowired
    List<RouteAccess> access;

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedInUsers users;

    @Test
    void theTableCoversEveryRouteAndNothingElse() {
        Set<String> served = new TreeSet<>(routes());
        assertThat(served).as("routes without a row in AccessControlTest.TABLE")
                .containsExactlyInAnyOrderElementsOf(new TreeSet<>(TABLE.keySet()));
    }

    @Test
    void everyRouteAdmitsExactlyWhoTheTableSays() {
        Api api = new Api(mvc);
        List<String> wrong = new ArrayList<>();
        for (String route : routes()) {
            String[] parts = route.split(" ", 2);
            HttpMethod method = HttpMethod.valueOf(parts[0]);
            String path = parts[1].replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            String body = method == HttpMethod.GET || method == HttpMethod.DELETE ? null : "{}";
            for (Who who : Who.values()) {
                String token = who == ANONYMOUS ? null : users.as(Role.valueOf(who.name())).accessToken();
                Api.Response response = api.send(method, path, body, token, "10.9.8." + (who.ordinal() + 1));
                int status = response.status();
                boolean allowed = TABLE.getOrDefault(route, Set.of()).contains(who);
                String location = response.raw().getHeader("Location");
                boolean sentToSignIn = status == 302 && location != null && location.startsWith("/login?next=");
                boolean refused = status == 401 || status == 403 || sentToSignIn;
                if (allowed == refused) {
                    wrong.add(route + " as " + who + ": " + status + (allowed ? " but should be allowed" : " but should be refused"));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private List<String> routes() {
        return RouteTable.of(mapping, access).withoutPackage("io.revisio.testing.").routes().stream()
                .map(route -> route.method() + " " + route.path())
                .filter(route -> !INTERNAL.contains(route))
                .toList();
    }
}
