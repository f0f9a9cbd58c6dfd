package io.revisio.identity.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.revisio.testing.Api;
import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** Accounts inserted as a migration or an import would leave them, and signing in as their owners would. */
final class UserFixtures {

    static final String PASSWORD = "a long and proper passphrase";
    /** Hashed once: bcrypt is slow on purpose, and sign-in upgrades it to Argon2id anyway. */
    private static final String HASH = "{bcrypt}" + new BCryptPasswordEncoder().encode(PASSWORD);

    private final JdbcClient jdbc;
    private final Api api;

    UserFixtures(JdbcClient jdbc, Api api) {
        this.jdbc = jdbc;
        this.api = api;
    }

    /** A verified, enabled student created now. */
    UUID student(String email, String displayName) {
        return account(email, displayName, "STUDENT", true, false, Instant.now());
    }

    UUID account(String email, String displayName, String role, boolean verified, boolean disabled, Instant createdAt) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO identity.account (id, email, email_key, display_name, password_hash, role,
                                                      email_verified_at, disabled_at, created_at, updated_at)
                        VALUES (:id, :email, lower(:email), :name, :hash, :role,
                                CASE WHEN :verified THEN CAST(:created AS timestamptz) END,
                                CASE WHEN :disabled THEN CAST(:created AS timestamptz) END,
                                CAST(:created AS timestamptz), CAST(:created AS timestamptz))
                        """)
                .param("id", id).param("email", email).param("name", displayName).param("hash", HASH)
                .param("role", role).param("verified", verified).param("disabled", disabled)
                .param("created", Timestamp.from(createdAt))
                .update();
        return id;
    }

    /** Signs in with the password through the API, as the account's owner would. */
    Api.Response login(String email) {
        return login(email, "phone");
    }

    Api.Response login(String email, String deviceLabel) {
        return api.post("/api/v1/auth/login", "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD
                + "\",\"deviceLabel\":\"" + deviceLabel + "\"}");
    }

    /** The tokens of one successful sign-in, that is of one device session. */
    record Tokens(String access, String refresh) {
    }

    Tokens signIn(String email) {
        return signIn(email, "phone");
    }

    Tokens signIn(String email, String deviceLabel) {
        Api.Response response = login(email, deviceLabel);
        assertThat(response.status()).as("sign-in of " + email).isEqualTo(200);
        return new Tokens(response.json("$.accessToken"), response.json("$.refreshToken"));
    }

    Api.Response refresh(String refreshToken) {
        return api.post("/api/v1/auth/refresh", "{\"refreshToken\":\"" + refreshToken + "\"}");
    }

    static UUID accountOf(String accessToken) {
        return UUID.fromString(claims(accessToken).getSubject());
    }

    static String roleIn(String accessToken) {
        try {
            return claims(accessToken).getStringClaim("role");
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JWTClaimsSet claims(String accessToken) {
        try {
            return SignedJWT.parse(accessToken).getJWTClaimsSet();
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }
}
