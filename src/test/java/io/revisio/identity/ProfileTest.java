package io.revisio.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.testing.Api;
import io.revisio.testing.IntegrationTest;
import io.revisio.testing.TestAccounts;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The signed-in user's profile and password. */
@IntegrationTest
class ProfileTest {

    static final String PASSWORD = "my current long passphrase";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
    }

    @Test
    void renamingIsSavedAndAudited() {
        String access = account("olga@example.org");
        Api.Response renamed = api.send(org.springframework.http.HttpMethod.PATCH, "/api/v1/me",
                "{\"displayName\":\"  Olga K.  \"}", access, "127.0.0.1");
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.<String>json("$.displayName")).isEqualTo("Olga K.");
        assertThat(api.get("/api/v1/me", access).<String>json("$.displayName")).isEqualTo("Olga K.");
        assertThat(api.send(org.springframework.http.HttpMethod.PATCH, "/api/v1/me", "{\"displayName\":\"\"}", access,
                "127.0.0.1").status()).isEqualTo(400);
        assertThat(jdbc.sql("SELECT details ->> 'after' FROM platform.audit_event WHERE action = 'profile.updated'")
                .query(String.class).single()).contains("Olga K.");
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndEndsEveryOtherSession() {
        String phone = account("piet@example.org");
        String laptop = login("piet@example.org", PASSWORD).json("$.accessToken");

        Api.Response wrong = api.post("/api/v1/me/password",
                "{\"currentPassword\":\"not my passphrase\",\"newPassword\":\"a fresh long passphrase\"}", laptop);
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.<List<String>>json("$.errors[*].field")).containsExactly("currentPassword");
        Api.Response weak = api.post("/api/v1/me/password",
                "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"short\"}", laptop);
        assertThat(weak.<List<String>>json("$.errors[*].field")).containsExactly("newPassword");

        assertThat(api.post("/api/v1/me/password",
                "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"a fresh long passphrase\"}", laptop)
                .status()).isEqualTo(204);
        assertThat(api.get("/api/v1/me", phone).status()).as("other sessions end").isEqualTo(401);
        assertThat(api.get("/api/v1/me", laptop).status()).as("this one goes on").isEqualTo(200);
        assertThat(login("piet@example.org", PASSWORD).status()).isEqualTo(401);
        assertThat(login("piet@example.org", "a fresh long passphrase").status()).isEqualTo(200);
    }

    private String account(String email) {
        TestAccounts.create(jdbc, email, PASSWORD);
        return login(email, PASSWORD).json("$.accessToken");
    }

    private Api.Response login(String email, String password) {
        return api.post("/api/v1/auth/login", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
    }
}
