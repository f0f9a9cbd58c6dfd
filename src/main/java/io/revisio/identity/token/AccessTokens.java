package io.revisio.identity.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.revisio.identity.AuthProperties;
import io.revisio.identity.Role;
import io.revisio.platform.HttpProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Signs short-lived access tokens (RS256 JWTs) for one account and device session. */
@Component
public class AccessTokens {

    public static final String SESSION_CLAIM = "sid";
    public static final String ROLE_CLAIM = "role";
    /** Present on a staff member's token until they enrol MFA where it is required: no role until then. */
    public static final String MFA_ENROLMENT_CLAIM = "mfa_enrolment_required";

    private final SigningKeyRing keys;
    private final Clock clock;
    private final Duration lifetime;
    private final String issuer;

    AccessTokens(SigningKeyRing keys, Clock clock, AuthProperties properties, HttpProperties http) {
        this.keys = keys;
        this.clock = clock;
        this.lifetime = properties.accessTokenLifetime();
        this.issuer = issuerOf(http);
    }

    public static String issuerOf(HttpProperties http) {
        return http.publicUrl().toString();
    }

    public Duration lifetime() {
        return lifetime;
    }

    public String issue(UUID accountId, UUID sessionId, Role role) {
        return issue(accountId, sessionId, role, false);
    }

    public String issue(UUID accountId, UUID sessionId, Role role, boolean mfaEnrolmentRequired) {
        Instant now = clock.instant();
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder();
        if (mfaEnrolmentRequired) {
            builder.claim(MFA_ENROLMENT_CLAIM, true);
        }
        JWTClaimsSet claims = builder
                .issuer(issuer)
                .subject(accountId.toString())
                .claim(SESSION_CLAIM, sessionId.toString())
                .claim(ROLE_CLAIM, role.name())
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(keys.current().getKeyID())
                .type(JOSEObjectType.JWT)
                .build();
        SignedJWT token = new SignedJWT(header, claims);
        try {
            token.sign(new RSASSASigner(keys.current()));
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign an access token", e);
        }
        return token.serialize();
    }
}
