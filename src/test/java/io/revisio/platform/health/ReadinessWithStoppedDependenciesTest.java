package io.revisio.platform.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.nimbusds.jwt.SignedJWT;
import io.revisio.identity.Role;
import io.revisio.identity.session.TokenPair;
import io.revisio.testing.Api;
import io.revisio.testing.SignedInUsers;
import io.revisio.testing.TestServers;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import redis.embedded.RedisServer;

/**
 * Readiness with its dependencies really stopped, one after another: SMTP and Redis only degrade the
 * instance; pending migrations and a stopped database take it out of rotation; liveness never changes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@DirtiesContext
@TestPropertySource(properties = {
        "revisio.local.enabled=false",
        "revisio.seed.demo-on-start=false",
        "revisio.mail.enabled=true",
        "revisio.mail.from=noreply@revisio.test",
        "revisio.mail.starttls=false"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReadinessWithStoppedDependenciesTest {

    static final EmbeddedPostgres postgres = startPostgres();
    static final RedisServer redis = TestServers.startEmbeddedRedis(TestServers.freePort());
    static final GreenMail smtp = startSmtp();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SignedInUsers users;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.data.redis.url", () -> "redis://127.0.0.1:" + redis.ports().get(0));
        registry.add("revisio.mail.host", () -> "127.0.0.1");
        registry.add("revisio.mail.port", () -> smtp.getSmtp().getPort());
    }

    @AfterAll
    static void stopEverything() throws IOException {
        smtp.stop();
        TestServers.stopQuietly(redis);
        postgres.close();
    }

    @Test
    @Order(1)
    void readyWhileEverythingRuns() throws Exception {
        mvc.perform(get("/api/v1/health/ready"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("READY"))
                .andExpect(jsonPath("$.components.smtp.state").value("UP"));
    }

    @Test
    @Order(2)
    void smtpDownDegradesButKeepsServing() throws Exception {
        smtp.stop();
        mvc.perform(get("/api/v1/health/ready"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DEGRADED"))
                .andExpect(jsonPath("$.components.smtp.state").value("DOWN"))
                .andExpect(jsonPath("$.components.database.state").value("UP"));
    }

    @Test
    @Order(3)
    void redisDownDegradesButKeepsServing() throws Exception {
        TestServers.stopQuietly(redis);
        String body = mvc.perform(get("/api/v1/health/ready"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DEGRADED"))
                .andExpect(jsonPath("$.components.redis.state").value("DOWN"))
                .andReturn().getResponse().getContentAsString();
        assertNoInternals(body);
    }

    @Test
    @Order(4)
    void withoutRedisSigningInAndRevocationKeepWorking() throws Exception {
        jdbc.sql("""
                        INSERT INTO identity.account (id, email, email_key, display_name, password_hash, role,
                                                      email_verified_at, created_at, updated_at)
                        VALUES (gen_random_uuid(), 'nora@example.org', 'nora@example.org', 'Nora', :hash, 'STUDENT',
                                now(), now(), now())
                        """)
                .param("hash", "{bcrypt}" + new BCryptPasswordEncoder().encode("a long enough passphrase"))
                .update();
        Api api = new Api(mvc);
        Api.Response phone = api.post("/api/v1/auth/login",
                "{\"email\":\"nora@example.org\",\"password\":\"a long enough passphrase\"}");
        assertThat(phone.status()).as("rate limits fall back to this instance").isEqualTo(200);
        TokenPair laptop = users.as(Role.STUDENT);
        assertThat(api.get("/api/v1/me", phone.json("$.accessToken")).status()).isEqualTo(200);

        TokenPair other = users.as(Role.STUDENT);
        assertThat(api.delete("/api/v1/auth/sessions/" + sessionOf(other), laptop.accessToken()).status())
                .isEqualTo(204);
        assertThat(api.get("/api/v1/me", other.accessToken()).status())
                .as("revocation is checked in Postgres while Redis is away").isEqualTo(401);
        assertThat(api.get("/api/v1/me", laptop.accessToken()).status()).isEqualTo(200);
    }

    @Test
    @Order(5)
    void pendingMigrationsTakeTheInstanceOutOfRotation() throws Exception {
        jdbc.sql("""
                DELETE FROM platform.flyway_schema_history
                WHERE installed_rank = (SELECT max(installed_rank) FROM platform.flyway_schema_history)
                """).update();
        mvc.perform(get("/api/v1/health/ready"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.status").value("NOT_READY"))
                .andExpect(jsonPath("$.components.migrations.state").value("DOWN"))
                .andExpect(jsonPath("$.components.database.state").value("UP"));
    }

    @Test
    @Order(6)
    void stoppedDatabaseTakesTheInstanceOutOfRotationWhileLivenessStaysUp() throws Exception {
        postgres.close();
        String body = mvc.perform(get("/api/v1/health/ready"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.status").value("NOT_READY"))
                .andExpect(jsonPath("$.components.database.state").value("DOWN"))
                .andReturn().getResponse().getContentAsString();
        assertNoInternals(body);
        mvc.perform(get("/api/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/api/v1/health")).andExpect(status().isOk());
    }

    private static String sessionOf(TokenPair tokens) throws Exception {
        return SignedJWT.parse(tokens.accessToken()).getJWTClaimsSet().getStringClaim("sid");
    }

    private static void assertNoInternals(String body) {
        assertThat(body).doesNotContainIgnoringCase("exception").doesNotContainIgnoringCase("refused")
                .doesNotContain("jdbc").doesNotContain("at io.");
    }

    private static EmbeddedPostgres startPostgres() {
        try {
            return EmbeddedPostgres.start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static GreenMail startSmtp() {
        GreenMail mail = new GreenMail(new ServerSetup(TestServers.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return mail;
    }
}
