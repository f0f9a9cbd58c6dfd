package io.revisio.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

class VerifiedTokensTest {

    private final AtomicInteger signatureChecks = new AtomicInteger();
    private final Set<String> revoked = new HashSet<>();

    /** Stands for the signature check: counts its calls, and refuses tokens that do not start with "good". */
    private final JwtDecoder signatures = token -> {
        signatureChecks.incrementAndGet();
        if (!token.startsWith("good")) {
            throw new BadJwtException("bad signature");
        }
        return Jwt.withTokenValue(token).header("alg", "RS256").subject(token)
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(300)).build();
    };

    private final OAuth2TokenValidator<Jwt> notRevoked = jwt -> revoked.contains(jwt.getSubject())
            ? OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "The session of this token has ended", null))
            : OAuth2TokenValidatorResult.success();

    @Test
    void aTokenSeenBeforeIsNotVerifiedAgainButIsValidatedOnEveryUse() {
        VerifiedTokens tokens = new VerifiedTokens(signatures, notRevoked, 10);

        assertThat(tokens.decode("good-1").getSubject()).isEqualTo("good-1");
        assertThat(tokens.decode("good-1").getSubject()).isEqualTo("good-1");
        assertThat(signatureChecks).hasValue(1);

        revoked.add("good-1");
        assertThatThrownBy(() -> tokens.decode("good-1")).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("The session of this token has ended");
        assertThat(tokens.size()).isZero();
    }

    @Test
    void aTokenWithABadSignatureIsRefusedEveryTimeAndNeverKept() {
        VerifiedTokens tokens = new VerifiedTokens(signatures, notRevoked, 10);

        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThat(signatureChecks).hasValue(2);
        assertThat(tokens.size()).isZero();
    }

    @Test
    void keepsAtMostItsCapacityDroppingTheLeastRecentlyUsed() {
        VerifiedTokens tokens = new VerifiedTokens(signatures, notRevoked, 2);
        tokens.decode("good-a");
        tokens.decode("good-b");
        tokens.decode("good-a"); // a is now the most recently used
        tokens.decode("good-c"); // b goes
        assertThat(tokens.size()).isEqualTo(2);
        assertThat(signatureChecks).hasValue(3);

        tokens.decode("good-a");
        assertThat(signatureChecks).hasValue(3);
        tokens.decode("good-b");
        assertThat(signatureChecks).hasValue(4);
    }
}
