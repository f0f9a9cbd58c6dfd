package io.revisio.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import io.revisio.identity.session.TokenPair;
import io.revisio.testing.Api;
import io.revisio.testing.IntegrationTest;
import io.revisio.testing.SignedInUsers;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Access tokens are short, signed and checked; refresh tokens rotate, and reuse ends the session. */
@IntegrationTest
class TokenLifecycleTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SignedInUsers users;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
    }

    @Test
    void accessTokensAreShortLivedRs256JwtsWhoseKeyIsPublished() throws Exception {
        TokenPair tokens = users.as(Role.STUDENT);
        SignedJWT jwt = SignedJWT.parse(tokens.accessToken());
        assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
        long lifetime = (jwt.getJWTClaimsSet().getExpirationTime().getTime()
                - jwt.getJWTClaimsSet().getIssueTime().getTime()) / 1000;
        assertThat(lifetime).isPositive().isLessThanOrEqualTo(900);
        assertThat(tokens.expiresIn()).isEqualTo(lifetime);
        Api.Response jwks = api.get("/api/v1/auth/jwks.json", null);
        assertThat(jwks.<List<String>>json("$.keys[*].kid")).contains(jwt.getHeader().getKeyID());
        assertThat(jwks.<List<String>>json("$.keys[*].kty")).containsOnly("RSA");
        assertThat(jwks.body()).doesNotContain("\"d\"").doesNotContain("\"p\"");
    }

    @Test
    void aTamperedOrForeignTokenIsRefused() throws Exception {
        String token = users.as(Role.STUDENT).accessToken();
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "AA." + parts[2];
        Api.Response refused = api.get("/api/v1/me", forged);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.<String>json("$.type")).isEqualTo("urn:revisio:problem:unauthenticated");
        assertThat(api.get("/api/v1/me", "not-a-token").status()).isEqualTo(401);
        assertThat(api.get("/api/v1/me", null).status()).isEqualTo(401);
    }

    @Test
    void refreshRotatesTheToken() {
        TokenPair first = users.as(Role.STUDENT);
        Api.Response refreshed = refresh(first.refreshToken());
        assertThat(refreshed.status()).isEqualTo(200);
        String second = refreshed.json("$.refreshToken");
        assertThat(second).isNotEqualTo(first.refreshToken());
        assertThat(api.get("/api/v1/me", refreshed.json("$.accessToken")).status()).isEqualTo(200);
        assertThat(refresh(second).status()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT count(*) FROM identity.refresh_token WHERE token_hash = sha256(convert_to(:t, 'UTF8'))")
                .param("t", second).query(Integer.class).single()).as("only hashes are stored").isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM identity.refresh_token WHERE encode(token_hash, 'escape') = :t")
                .param("t", second).query(Integer.class).single()).isZero();
    }

    @Test
    void aRetryWithinTheGraceWindowGetsTheSameSuccessor() {
        TokenPair first = users.as(Role.STUDENT);
        Api.Response answer = refresh(first.refreshToken());
        Api.Response retry = refresh(first.refreshToken());
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.<String>json("$.refreshToken")).isEqualTo(answer.json("$.refreshToken"));
        assertThat(refresh(answer.json("$.refreshToken")).status()).as("the session goes on").isEqualTo(200);
    }

    @Test
    void reuseAfterTheGraceWindowEndsTheWholeSession() {
        TokenPair first = users.as(Role.STUDENT);
        Api.Response rotated = refresh(first.refreshToken());
        String successor = rotated.json("$.refreshToken");
        String access = rotated.json("$.accessToken");
        jdbc.sql("UPDATE identity.refresh_token SET rotated_at = rotated_at - interval '11 seconds' "
                + "WHERE rotated_at IS NOT NULL").update();

        Api.Response reused = refresh(first.refreshToken());
        assertThat(reused.status()).isEqualTo(401);
        assertThat(reused.<String>json("$.type")).isEqualTo("urn:revisio:problem:invalid-refresh-token");
        assertThat(refresh(successor).status()).as("the successor dies with the session").isEqualTo(401);
        assertThat(api.get("/api/v1/me", access).status()).as("so do its access tokens").isEqualTo(401);
        assertThat(jdbc.sql("SELECT count(*) FROM platform.audit_event "
                        + "WHERE action = 'refresh.reuse-detected' AND details ->> 'sessionId' = :session")
                .param("session", sessionOf(first).toString()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aRetryOfATokenWhoseSuccessorWasAlreadyUsedIsReuse() {
        TokenPair first = users.as(Role.STUDENT);
        String second = refresh(first.refreshToken()).json("$.refreshToken");
        assertThat(refresh(second).status()).isEqualTo(200);
        assertThat(refresh(first.refreshToken()).status()).isEqualTo(401);
    }

    @Test
    void refreshTokensExpireWhenIdleAndSessionsAtTheirAbsoluteEnd() {
        TokenPair idle = users.as(Role.STUDENT);
        jdbc.sql("UPDATE identity.refresh_token SET expires_at = now() - interval '1 second' "
                + "WHERE session_id = :s").param("s", sessionOf(idle)).update();
        assertThat(refresh(idle.refreshToken()).status()).isEqualTo(401);

        TokenPair old = users.as(Role.STUDENT);
        jdbc.sql("UPDATE identity.device_session SET expires_at = now() - interval '1 second' WHERE id = :s")
                .param("s", sessionOf(old)).update();
        assertThat(refresh(old.refreshToken()).status()).as("absolute lifetime").isEqualTo(401);
    }

    @Test
    void refreshesFromOneAddressAreLimited() {
        Api.Response last = null;
        for (int attempt = 0; attempt <= 60; attempt++) {
            last = api.send(org.springframework.http.HttpMethod.POST, "/api/v1/auth/refresh",
                    "{\"refreshToken\":\"" + "y".repeat(43) + "\"}", null, "192.0.2.77");
        }
        assertThat(last.status()).isEqualTo(429);
        assertThat(last.raw().getHeader("Retry-After")).isNotBlank();
    }

    @Test
    void unknownRefreshTokensAreRefused() {
        assertThat(refresh("x".repeat(43)).status()).isEqualTo(401);
        assertThat(api.post("/api/v1/auth/refresh", "{}").status()).isEqualTo(400);
    }

    private Api.Response refresh(String token) {
        return api.post("/api/v1/auth/refresh", "{\"refreshToken\":\"" + token + "\"}");
    }

    static UUID sessionOf(TokenPair tokens) {
        try {
            return UUID.fromString(SignedJWT.parse(tokens.accessToken()).getJWTClaimsSet().getStringClaim("sid"));
        } catch (java.text.ParseException e) {
            throw new IllegalStateException(e);
        }
    }
}
