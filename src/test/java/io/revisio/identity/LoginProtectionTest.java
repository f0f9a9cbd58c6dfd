package io.revisio.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.testing.Api;
import io.revisio.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** Sign-in answers never tell accounts apart, and attempts are limited per account and per address. */
@IntegrationTest
@TestPropertySource(properties = {
        "revisio.auth.limits.failed-logins-per-account=5",
        "revisio.auth.limits.login-per-ip=8"})
class LoginProtectionTest {

    static final String PASSWORD = "the right long passphrase";

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
    void aWrongPasswordAndAnUnknownAddressGetTheSameAnswer() {
        account("known@example.org", "{bcrypt}" + new BCryptPasswordEncoder().encode(PASSWORD));
        Api.Response wrongPassword = login("known@example.org", "not the right passphrase", "198.51.100.1");
        Api.Response unknown = login("unknown@example.org", "not the right passphrase", "198.51.100.1");
        assertThat(wrongPassword.status()).isEqualTo(unknown.status()).isEqualTo(401);
        assertThat(wrongPassword.<String>json("$.detail")).isEqualTo(unknown.json("$.detail"));
        assertThat(wrongPassword.<String>json("$.type")).isEqualTo("urn:revisio:problem:invalid-credentials");
    }

    @Test
    void anOlderHashIsUpgradedToArgon2idOnSignIn() {
        account("legacy@example.org", "{bcrypt}" + new BCryptPasswordEncoder().encode(PASSWORD));
        assertThat(login("legacy@example.org", PASSWORD, "198.51.100.2").status()).isEqualTo(200);
        assertThat(hashOf("legacy@example.org")).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(login("legacy@example.org", PASSWORD, "198.51.100.2").status()).isEqualTo(200);
    }

    @Test
    void tooManyFailuresLockTheAccountEvenForTheRightPassword() {
        account("target@example.org", "{bcrypt}" + new BCryptPasswordEncoder().encode(PASSWORD));
        for (int attempt = 1; attempt <= 5; attempt++) {
            // from many addresses, as a distributed guesser would
            assertThat(login("target@example.org", "guess number " + attempt, "203.0.113." + attempt).status())
                    .isEqualTo(401);
        }
        Api.Response locked = login("target@example.org", PASSWORD, "203.0.113.99");
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.raw().getHeader("Retry-After")).isNotBlank();
        assertThat(jdbc.sql("SELECT count(*) FROM platform.audit_event WHERE action = 'login.locked'")
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void oneAddressIsLimitedAndOtherAddressesAreNot() {
        for (int attempt = 1; attempt <= 8; attempt++) {
            assertThat(login("someone@example.org", "wrong passphrase " + attempt, "192.0.2.50").status())
                    .isEqualTo(401);
        }
        Api.Response limited = login("someone@example.org", "wrong passphrase", "192.0.2.50");
        assertThat(limited.status()).isEqualTo(429);
        assertThat(Integer.parseInt(limited.raw().getHeader("Retry-After"))).isBetween(1, 900);
        assertThat(limited.<String>json("$.type")).isEqualTo("urn:revisio:problem:rate-limited");
        assertThat(login("someone@example.org", "wrong passphrase", "192.0.2.51").status()).isEqualTo(401);
    }

    @Test
    void behindATrustedProxyEachClientAddressIsLimitedOnItsOwn() {
        for (int attempt = 1; attempt <= 8; attempt++) {
            assertThat(viaProxy("198.18.0.1").status()).isEqualTo(401);
        }
        assertThat(viaProxy("198.18.0.1").status()).as("that client is limited").isEqualTo(429);
        assertThat(viaProxy("198.18.0.2").status()).as("not the proxy's other clients").isEqualTo(401);
    }

    @Test
    void aForwardedAddressFromAnUntrustedSenderIsIgnored() {
        for (int attempt = 1; attempt <= 8; attempt++) {
            assertThat(spoofed("203.0.113.200", "198.18.1." + attempt).status()).isEqualTo(401);
        }
        assertThat(spoofed("203.0.113.200", "198.18.1.99").status())
                .as("a made-up X-Forwarded-For does not escape the limit").isEqualTo(429);
    }

    @Test
    void failedAndSuccessfulSignInsAreAudited() {
        account("audited@example.org", "{bcrypt}" + new BCryptPasswordEncoder().encode(PASSWORD));
        login("audited@example.org", "wrong passphrase!", "198.51.100.7");
        login("audited@example.org", PASSWORD, "198.51.100.7");
        assertThat(jdbc.sql("""
                        SELECT action || ' ' || ip FROM platform.audit_event
                        WHERE target_id = (SELECT id::text FROM identity.account WHERE email_key = 'audited@example.org')
                          AND action LIKE 'login.%' ORDER BY occurred_at
                        """).query(String.class).list())
                .containsExactly("login.failed 198.51.100.7", "login.succeeded 198.51.100.7");
    }

    private void account(String email, String hash) {
        jdbc.sql("""
                        INSERT INTO identity.account (id, email, email_key, display_name, password_hash, role,
                                                      email_verified_at, created_at, updated_at)
                        VALUES (gen_random_uuid(), :email, :email, 'Someone', :hash, 'STUDENT', now(), now(), now())
                        """)
                .param("email", email).param("hash", hash).update();
    }

    private String hashOf(String email) {
        return jdbc.sql("SELECT password_hash FROM identity.account WHERE email_key = :e").param("e", email)
                .query(String.class).single();
    }

    private Api.Response viaProxy(String client) {
        return spoofed("127.0.0.1", client);
    }

    private Api.Response spoofed(String sender, String forwardedFor) {
        try {
            var response = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                            .post("/api/v1/auth/login").contentType("application/json")
                            .content("{\"email\":\"nobody@example.org\",\"password\":\"some long passphrase\"}")
                            .header("X-Forwarded-For", forwardedFor)
                            .with(request -> {
                                request.setRemoteAddr(sender);
                                return request;
                            }))
                    .andReturn().getResponse();
            return new Api.Response(response.getStatus(), response.getContentAsString(), response);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Api.Response login(String email, String password, String ip) {
        return api.send(HttpMethod.POST, "/api/v1/auth/login",
                "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}", null, ip);
    }
}
