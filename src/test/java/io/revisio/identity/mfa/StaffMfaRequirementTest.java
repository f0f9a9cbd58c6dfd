package io.revisio.identity.mfa;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.identity.Role;
import io.revisio.identity.session.TokenPair;
import io.revisio.testing.Api;
import io.revisio.testing.IntegrationTest;
import io.revisio.testing.SignedInUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** Where staff must use MFA (the production default), a staff role counts only once MFA is on. */
@IntegrationTest
@TestPropertySource(properties = "revisio.auth.mfa-required-for-staff=true")
class StaffMfaRequirementTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedInUsers users;

    @Test
    void anAdminWithoutMfaCanEnrolButNotAdminister() {
        Api api = new Api(mvc);
        TokenPair before = users.as(Role.ADMIN);
        assertThat(api.get("/api/v1/me", before.accessToken()).<Boolean>json("$.mfaEnrolmentRequired")).isTrue();
        assertThat(api.get("/api/v1/admin/users", before.accessToken()).status()).isEqualTo(403);

        byte[] secret = Base32.decode(api.post("/api/v1/auth/mfa/enrol", null, before.accessToken()).json("$.secret"));
        assertThat(api.post("/api/v1/auth/mfa/confirm", "{\"code\":\"" + MultiFactorTest.code(secret, 0) + "\"}",
                before.accessToken()).status()).isEqualTo(200);

        Api.Response refreshed = api.post("/api/v1/auth/refresh", "{\"refreshToken\":\"" + before.refreshToken() + "\"}");
        String after = refreshed.json("$.accessToken");
        assertThat(api.get("/api/v1/me", after).<Boolean>json("$.mfaEnrolmentRequired")).isFalse();
        assertThat(api.get("/api/v1/admin/users", after).status()).isEqualTo(200);
    }

    @Test
    void studentsAreNotAffected() {
        Api api = new Api(mvc);
        TokenPair student = users.as(Role.STUDENT);
        assertThat(api.get("/api/v1/me", student.accessToken()).<Boolean>json("$.mfaEnrolmentRequired")).isFalse();
    }
}
