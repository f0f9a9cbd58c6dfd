package io.revisio.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.identity.password.PasswordReset;
import io.revisio.testing.Api;
import io.revisio.testing.Inbox;
import io.revisio.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class PasswordResetTest {

    static final String OLD = "an old but long passphrase";
    static final String NEW = "a brand new long passphrase";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordReset reset;

    Api api;
    Inbox inbox;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
        inbox = new Inbox(jdbc);
    }

    @Test
    void aResetLinkSetsANewPasswordOnceAndEndsEverySession() {
        String access = registerVerifiedAndSignIn("mary@example.org");
        assertThat(forgot("mary@example.org").status()).isEqualTo(202);
        reset.sendPendingLinks();
        Inbox.Message mail = inbox.latest("mary@example.org").orElseThrow();
        assertThat(mail.subject()).isEqualTo("Reset your Revisio password");
        assertThat(mail.body()).contains("/reset-password?token=").contains("within 30 minutes");

        Api.Response weak = complete(mail.token(), "short");
        assertThat(weak.status()).isEqualTo(400);
        assertThat(complete(mail.token(), NEW).status()).as("a refused password leaves the link usable").isEqualTo(204);
        assertThat(complete(mail.token(), "yet another long passphrase").status()).as("single use").isEqualTo(400);

        assertThat(api.get("/api/v1/me", access).status()).as("sessions ended").isEqualTo(401);
        assertThat(login("mary@example.org", OLD).status()).isEqualTo(401);
        assertThat(login("mary@example.org", NEW).status()).isEqualTo(200);
    }

    @Test
    void theAnswerIsTheSameForUnknownAddressesAndNothingIsSentToThem() {
        registerVerifiedAndSignIn("known@example.org");
        Api.Response known = forgot("known@example.org");
        Api.Response unknown = forgot("unknown@example.org");
        Api.Response malformed = forgot("not an address");
        assertThat(unknown.status()).isEqualTo(known.status()).isEqualTo(malformed.status()).isEqualTo(202);
        assertThat(unknown.body()).isEqualTo(known.body()).isEqualTo(malformed.body());
        reset.sendPendingLinks();
        assertThat(inbox.count("unknown@example.org")).isZero();
        assertThat(inbox.latest("known@example.org").orElseThrow().subject()).isEqualTo("Reset your Revisio password");
    }

    @Test
    void anExpiredLinkIsRefused() {
        registerVerifiedAndSignIn("late@example.org");
        forgot("late@example.org");
        reset.sendPendingLinks();
        String token = inbox.latest("late@example.org").orElseThrow().token();
        jdbc.sql("UPDATE identity.one_time_token SET expires_at = now() - interval '1 second' "
                + "WHERE purpose = 'RESET_PASSWORD'").update();
        Api.Response refused = complete(token, NEW);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.<String>json("$.type")).isEqualTo("urn:revisio:problem:invalid-token");
    }

    private String registerVerifiedAndSignIn(String email) {
        api.post("/api/v1/auth/register",
                "{\"email\":\"" + email + "\",\"password\":\"" + OLD + "\",\"displayName\":\"M\"}");
        api.post("/api/v1/auth/verify-email", "{\"token\":\"" + inbox.latest(email).orElseThrow().token() + "\"}");
        Api.Response signedIn = login(email, OLD);
        assertThat(signedIn.status()).isEqualTo(200);
        return signedIn.json("$.accessToken");
    }

    private Api.Response forgot(String email) {
        return api.post("/api/v1/auth/password/forgot", "{\"email\":\"" + email + "\"}");
    }

    private Api.Response complete(String token, String password) {
        return api.post("/api/v1/auth/password/reset", "{\"token\":\"" + token + "\",\"password\":\"" + password + "\"}");
    }

    private Api.Response login(String email, String password) {
        return api.post("/api/v1/auth/login", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
    }
}
