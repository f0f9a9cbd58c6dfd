package io.revisio.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revisio.identity.account.AccountRepository;
import io.revisio.identity.account.EmailAddress;
import io.revisio.identity.session.SessionTokens;
import io.revisio.identity.session.TokenPair;
import io.revisio.shared.problem.ProblemException;
import io.revisio.testing.Api;
import io.revisio.testing.IntegrationTest;
import io.revisio.testing.SignedInUsers;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Device sessions: listed, revoked one by one or all at once, and revocation reaches access tokens at once. */
@IntegrationTest
class DeviceSessionsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedInUsers users;

    @Autowired
    RedisConnectionFactory redis;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountRepository accounts;

    @Autowired
    SessionTokens sessionTokens;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
    }

    @Test
    void sessionsAreListedWithTheCurrentOneMarked() {
        TokenPair phone = users.as(Role.EDITOR);
        TokenPair laptop = users.as(Role.EDITOR);
        Api.Response list = api.get("/api/v1/auth/sessions", laptop.accessToken());
        assertThat(list.status()).isEqualTo(200);
        List<String> ids = list.json("$[*].id");
        assertThat(ids).contains(TokenLifecycleTest.sessionOf(phone).toString(),
                TokenLifecycleTest.sessionOf(laptop).toString());
        assertThat(list.<List<String>>json("$[?(@.current == true)].id"))
                .containsExactly(TokenLifecycleTest.sessionOf(laptop).toString());
        assertThat(list.<List<String>>json("$[*].deviceLabel")).contains("test device");
    }

    @Test
    void revokingASessionRefusesItsAccessTokenOnTheNextRequest() {
        TokenPair phone = users.as(Role.REVIEWER);
        TokenPair laptop = users.as(Role.REVIEWER);
        assertThat(api.get("/api/v1/me", phone.accessToken()).status()).isEqualTo(200);

        UUID phoneSession = TokenLifecycleTest.sessionOf(phone);
        assertThat(api.delete("/api/v1/auth/sessions/" + phoneSession, laptop.accessToken()).status()).isEqualTo(204);

        assertThat(api.get("/api/v1/me", phone.accessToken()).status()).isEqualTo(401);
        assertThat(api.post("/api/v1/auth/refresh", "{\"refreshToken\":\"" + phone.refreshToken() + "\"}").status())
                .isEqualTo(401);
        assertThat(api.get("/api/v1/me", laptop.accessToken()).status()).isEqualTo(200);
        assertThat(api.delete("/api/v1/auth/sessions/" + phoneSession, laptop.accessToken()).status())
                .as("already ended").isEqualTo(404);
    }

    @Test
    void nobodyEndsAnotherAccountsSession() {
        TokenPair student = users.as(Role.STUDENT);
        TokenPair admin = users.as(Role.ADMIN);
        assertThat(api.delete("/api/v1/auth/sessions/" + TokenLifecycleTest.sessionOf(student), admin.accessToken())
                .status()).isEqualTo(404);
        assertThat(api.get("/api/v1/me", student.accessToken()).status()).isEqualTo(200);
    }

    @Test
    void logoutEndsThisSessionAndLogoutAllEndsEveryOne() {
        TokenPair one = users.as(Role.STUDENT);
        TokenPair two = users.as(Role.STUDENT);
        TokenPair three = users.as(Role.STUDENT);
        assertThat(api.post("/api/v1/auth/logout", null, one.accessToken()).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/me", one.accessToken()).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/me", two.accessToken()).status()).isEqualTo(200);

        assertThat(api.post("/api/v1/auth/logout-all", null, two.accessToken()).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/me", two.accessToken()).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/me", three.accessToken()).status()).isEqualTo(401);
    }

    @Test
    void noSessionStartsForAnAccountDisabledMeanwhile() {
        users.as(Role.STUDENT);
        var account = accounts.findByEmail(new EmailAddress("student@users.revisio.test"))
                .orElseThrow();
        jdbc.sql("UPDATE identity.account SET disabled_at = now() WHERE id = :id").param("id", account.id()).update();
        assertThatThrownBy(() -> sessionTokens.start(account, "late device", "127.0.0.1"))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("disabled");
        jdbc.sql("UPDATE identity.account SET disabled_at = NULL WHERE id = :id").param("id", account.id()).update();
    }

    @Test
    void revocationSurvivesARedisRestart() {
        TokenPair kept = users.as(Role.STUDENT);
        TokenPair ended = users.as(Role.STUDENT);
        api.delete("/api/v1/auth/sessions/" + TokenLifecycleTest.sessionOf(ended), kept.accessToken());
        try (var connection = redis.getConnection()) {
            connection.serverCommands().flushDb(); // what a restart without persistence leaves behind
        }
        assertThat(api.get("/api/v1/me", ended.accessToken()).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/me", kept.accessToken()).status()).isEqualTo(200);
    }
}
