package io.revisio.identity.mfa;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.identity.password.PasswordReset;
import io.revisio.testing.Api;
import io.revisio.testing.Inbox;
import io.revisio.testing.IntegrationTest;
import io.revisio.testing.TestAccounts;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Two-factor sign-in from enrolment to switching it off, as a user with an authenticator app goes through it. */
@IntegrationTest
class MultiFactorTest {

    static final String PASSWORD = "a long and private passphrase";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordReset reset;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
    }

    @Test
    void enrolConfirmThenSignInNeedsTheSecondFactor() throws Exception {
        String access = account("ines@example.org");
        Api.Response enrolment = api.post("/api/v1/auth/mfa/enrol", null, access);
        assertThat(enrolment.status()).isEqualTo(200);
        String secretText = enrolment.json("$.secret");
        byte[] secret = Base32.decode(secretText);
        assertThat(secret).hasSize(20);
        assertThat(enrolment.<String>json("$.otpauthUri"))
                .startsWith("otpauth://totp/Revisio%3Aines%40example.org?secret=" + secretText)
                .contains("issuer=Revisio").contains("digits=6").contains("period=30");
        String qr = enrolment.json("$.qrCode");
        assertThat(qr).startsWith("data:image/png;base64,");
        assertThat(ImageIO.read(new java.io.ByteArrayInputStream(
                Base64.getDecoder().decode(qr.substring(qr.indexOf(',') + 1)))).getWidth()).isGreaterThan(100);
        assertThat(jdbc.sql("SELECT encode(secret_sealed, 'escape') FROM identity.mfa_factor WHERE account_id = "
                        + "(SELECT id FROM identity.account WHERE email_key = 'ines@example.org')").query(String.class)
                .single()).as("sealed at rest").doesNotContain(secretText);

        assertThat(api.post("/api/v1/auth/mfa/confirm", "{\"code\":\"000000\"}", access).status()).isEqualTo(400);
        Api.Response confirmed = api.post("/api/v1/auth/mfa/confirm", "{\"code\":\"" + code(secret, 0) + "\"}", access);
        assertThat(confirmed.status()).isEqualTo(200);
        List<String> backupCodes = confirmed.json("$.backupCodes");
        assertThat(backupCodes).hasSize(10).doesNotHaveDuplicates()
                .allSatisfy(c -> assertThat(c).matches("[A-Z2-9]{5}-[A-Z2-9]{5}"));
        for (String backupCode : backupCodes) {
            assertThat(jdbc.sql("SELECT count(*) FROM identity.mfa_backup_code WHERE code_hash = convert_to(:c, 'UTF8') "
                            + "OR code_hash = convert_to(replace(:c, '-', ''), 'UTF8')")
                    .param("c", backupCode).query(Integer.class).single()).as("stored hashed").isZero();
        }

        Api.Response challenged = login("ines@example.org");
        assertThat(challenged.status()).isEqualTo(200);
        assertThat(challenged.<Boolean>json("$.mfaRequired")).isTrue();
        assertThat(challenged.body()).doesNotContain("accessToken");
        String challenge = challenged.json("$.challengeToken");

        Api.Response reused = verify(challenge, code(secret, 0));
        assertThat(reused.status()).as("the confirmation code is used up").isEqualTo(400);
        Api.Response tokens = verify(challenge, code(secret, 1));
        assertThat(tokens.status()).isEqualTo(200);
        assertThat(tokens.<String>json("$.accessToken")).isNotBlank();
        assertThat(api.get("/api/v1/me", tokens.json("$.accessToken")).<Boolean>json("$.mfaEnabled")).isTrue();
        assertThat(verify(challenge, code(secret, 1)).status()).as("a challenge completes once").isEqualTo(401);

        String another = login("ines@example.org").json("$.challengeToken");
        assertThat(verify(another, code(secret, 1)).status()).as("never the same code twice").isEqualTo(400);
        assertThat(verify(another, backupCodes.get(0)).status()).isEqualTo(200);
        String third = login("ines@example.org").json("$.challengeToken");
        assertThat(verify(third, backupCodes.get(0)).status()).as("a backup code works once").isEqualTo(400);
        assertThat(verify(third, backupCodes.get(1).toLowerCase().replace("-", "")).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/auth/mfa", tokens.json("$.accessToken")).<Integer>json("$.backupCodesLeft"))
                .isEqualTo(8);
    }

    @Test
    void aChallengeDiesAfterFiveWrongCodes() {
        String access = account("jo@example.org");
        byte[] secret = enrolAndConfirm(access);
        String challenge = login("jo@example.org").json("$.challengeToken");
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(verify(challenge, "00000" + attempt).status()).isEqualTo(400);
        }
        assertThat(verify(challenge, code(secret, 1)).status()).isEqualTo(401);
        assertThat(jdbc.sql("SELECT count(*) FROM platform.audit_event WHERE action = 'mfa.failed'")
                .query(Integer.class).single()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void secondFactorAttemptsFromOneAddressAreLimited() {
        Api.Response last = null;
        for (int attempt = 0; attempt <= 30; attempt++) {
            last = api.send(org.springframework.http.HttpMethod.POST, "/api/v1/auth/mfa/verify",
                    "{\"challengeToken\":\"guess-" + attempt + "\",\"code\":\"123456\"}", null, "192.0.2.99");
        }
        assertThat(last.status()).isEqualTo(429);
        assertThat(last.raw().getHeader("Retry-After")).isNotBlank();
    }

    @Test
    void switchingOffNeedsACode() {
        String access = account("kai@example.org");
        byte[] secret = enrolAndConfirm(access);
        assertThat(api.post("/api/v1/auth/mfa/disable", "{\"code\":\"123456\"}", access).status()).isEqualTo(400);
        assertThat(api.post("/api/v1/auth/mfa/disable", "{\"code\":\"" + code(secret, 1) + "\"}", access).status())
                .isEqualTo(204);
        assertThat(login("kai@example.org").<String>json("$.accessToken")).isNotBlank();
    }

    @Test
    void aPasswordResetOfAnAccountWithMfaNeedsACode() {
        String access = account("lea@example.org");
        byte[] secret = enrolAndConfirm(access);
        api.post("/api/v1/auth/password/forgot", "{\"email\":\"lea@example.org\"}");
        reset.sendPendingLinks();
        String token = new Inbox(jdbc).latest("lea@example.org").orElseThrow().token();
        String body = "{\"token\":\"" + token + "\",\"password\":\"a completely new passphrase\"%s}";
        Api.Response without = api.post("/api/v1/auth/password/reset", body.formatted(""));
        assertThat(without.status()).isEqualTo(400);
        assertThat(without.<String>json("$.type")).isEqualTo("urn:revisio:problem:mfa-required");
        assertThat(api.post("/api/v1/auth/password/reset", body.formatted(",\"code\":\"999999\"")).status())
                .isEqualTo(400);
        assertThat(api.post("/api/v1/auth/password/reset", body.formatted(",\"code\":\"" + code(secret, 1) + "\""))
                .status()).isEqualTo(204);
    }

    private byte[] enrolAndConfirm(String access) {
        byte[] secret = Base32.decode(api.post("/api/v1/auth/mfa/enrol", null, access).json("$.secret"));
        assertThat(api.post("/api/v1/auth/mfa/confirm", "{\"code\":\"" + code(secret, 0) + "\"}", access).status())
                .isEqualTo(200);
        return secret;
    }

    /** The code an authenticator app shows now, {@code offset} steps ahead (within the accepted drift). */
    static String code(byte[] secret, int offset) {
        return Totp.code(secret, Totp.stepAt(Instant.now()) + offset, Totp.DIGITS);
    }

    private String account(String email) {
        TestAccounts.create(jdbc, email, PASSWORD);
        return login(email).json("$.accessToken");
    }

    private Api.Response login(String email) {
        return api.post("/api/v1/auth/login", "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}");
    }

    private Api.Response verify(String challenge, String code) {
        return api.post("/api/v1/auth/mfa/verify", "{\"challengeToken\":\"" + challenge + "\",\"code\":\"" + code + "\"}");
    }
}
