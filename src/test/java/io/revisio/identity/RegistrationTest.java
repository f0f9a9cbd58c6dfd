package io.revisio.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.testing.Api;
import io.revisio.testing.Inbox;
import io.revisio.testing.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class RegistrationTest {

    static final String PASSWORD = "correct horse battery staple";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    Api api;
    Inbox inbox;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
        inbox = new Inbox(jdbc);
    }

    @Test
    void registerVerifyThenSignIn() {
        Api.Response registered = api.post("/api/v1/auth/register",
                "{\"email\":\"Ada@Example.org\",\"password\":\"" + PASSWORD + "\",\"displayName\":\"Ada\"}");
        assertThat(registered.status()).isEqualTo(202);

        Api.Response early = login("ada@example.org", PASSWORD);
        assertThat(early.status()).isEqualTo(403);
        assertThat(early.<String>json("$.type")).isEqualTo("urn:revisio:problem:email-not-verified");

        Inbox.Message mail = inbox.latest("ada@example.org").orElseThrow();
        assertThat(mail.subject()).contains("Confirm your e-mail");
        assertThat(mail.body()).contains("http://localhost:8080/verify-email?token=");
        String token = mail.token();
        assertThat(api.post("/api/v1/auth/verify-email", "{\"token\":\"" + token + "\"}").status()).isEqualTo(204);
        Api.Response again = api.post("/api/v1/auth/verify-email", "{\"token\":\"" + token + "\"}");
        assertThat(again.status()).as("a verification link works once").isEqualTo(400);
        assertThat(again.<String>json("$.type")).isEqualTo("urn:revisio:problem:invalid-token");

        Api.Response signedIn = login("ADA@example.ORG", PASSWORD);
        assertThat(signedIn.status()).isEqualTo(200);
        assertThat(signedIn.<String>json("$.tokenType")).isEqualTo("Bearer");
        assertThat(signedIn.<String>json("$.accessToken")).isNotBlank();
        assertThat(signedIn.<String>json("$.refreshToken")).hasSizeGreaterThanOrEqualTo(43);
        assertThat(signedIn.<Integer>json("$.expiresIn")).isBetween(1, 900);

        Api.Response me = api.get("/api/v1/me", signedIn.json("$.accessToken"));
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.<String>json("$.email")).isEqualTo("Ada@Example.org");
        assertThat(me.<String>json("$.role")).isEqualTo("STUDENT");
        assertThat(me.<Boolean>json("$.emailVerified")).isTrue();
    }

    @Test
    void anAddressIsUniqueWhateverItsCaseAndTheAnswerDoesNotTell() {
        String body = "{\"email\":\"%s\",\"password\":\"" + PASSWORD + "\",\"displayName\":\"Grace\"}";
        Api.Response first = api.post("/api/v1/auth/register", body.formatted("grace@example.org"));
        Api.Response second = api.post("/api/v1/auth/register", body.formatted("GRACE@example.org"));
        assertThat(second.status()).isEqualTo(first.status()).isEqualTo(202);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(jdbc.sql("SELECT count(*) FROM identity.account WHERE email_key = 'grace@example.org'")
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(inbox.latest("grace@example.org").orElseThrow().subject()).contains("already have");
    }

    @Test
    void passwordsFollowThePolicy() {
        for (Map.Entry<String, String> weak : Map.of(
                "short-pass", "at least 12 characters",
                "1qaz2wsx3edc", "most common passwords",
                "QWERTY123456", "most common passwords",
                "linus.t@example.org!", "must not contain your e-mail address",
                "my-linus.t-secret-2026", "must not contain your e-mail address",
                "x".repeat(129), "at most 128 characters").entrySet()) {
            Api.Response refused = api.post("/api/v1/auth/register",
                    "{\"email\":\"linus.t@example.org\",\"password\":\"" + weak.getKey() + "\",\"displayName\":\"L\"}");
            assertThat(refused.status()).as(weak.getKey()).isEqualTo(400);
            assertThat(refused.<String>json("$.type")).isEqualTo("urn:revisio:problem:validation-failed");
            assertThat(refused.<List<String>>json("$.errors[*].field")).containsExactly("password");
            assertThat(refused.<List<String>>json("$.errors[*].message")).singleElement().asString()
                    .contains(weak.getValue());
        }
        assertThat(jdbc.sql("SELECT count(*) FROM identity.account WHERE email_key = 'linus.t@example.org'")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void badInputIsRefusedByField() {
        Api.Response refused = api.post("/api/v1/auth/register",
                "{\"email\":\"not-an-address\",\"password\":\"" + PASSWORD + "\",\"displayName\":\"\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.<List<String>>json("$.errors[*].field")).containsExactlyInAnyOrder("displayName");
        Api.Response badEmail = api.post("/api/v1/auth/register",
                "{\"email\":\"not-an-address\",\"password\":\"" + PASSWORD + "\",\"displayName\":\"N\"}");
        assertThat(badEmail.<List<String>>json("$.errors[*].field")).containsExactly("email");
    }

    @Test
    void resendingSendsANewLinkOnlyToUnverifiedAccountsAndAnswersTheSame() {
        api.post("/api/v1/auth/register",
                "{\"email\":\"hedy@example.org\",\"password\":\"" + PASSWORD + "\",\"displayName\":\"Hedy\"}");
        String firstToken = inbox.latest("hedy@example.org").orElseThrow().token();
        Api.Response resent = api.post("/api/v1/auth/verify-email/resend", "{\"email\":\"hedy@example.org\"}");
        Api.Response unknown = api.post("/api/v1/auth/verify-email/resend", "{\"email\":\"nobody@example.org\"}");
        assertThat(resent.status()).isEqualTo(unknown.status()).isEqualTo(202);
        assertThat(resent.body()).isEqualTo(unknown.body());
        String secondToken = inbox.latest("hedy@example.org").orElseThrow().token();
        assertThat(secondToken).isNotEqualTo(firstToken);
        assertThat(api.post("/api/v1/auth/verify-email", "{\"token\":\"" + firstToken + "\"}").status())
                .as("a new link withdraws the old one").isEqualTo(400);
        assertThat(api.post("/api/v1/auth/verify-email", "{\"token\":\"" + secondToken + "\"}").status()).isEqualTo(204);
        int sent = inbox.count("hedy@example.org");
        api.post("/api/v1/auth/verify-email/resend", "{\"email\":\"hedy@example.org\"}");
        assertThat(inbox.count("hedy@example.org")).as("verified accounts get no link").isEqualTo(sent);
    }

    Api.Response login(String email, String password) {
        return api.post("/api/v1/auth/login", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
    }
}
