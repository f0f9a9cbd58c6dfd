package io.revisio.identity.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.SignedJWT;
import io.revisio.identity.AuthProperties;
import io.revisio.identity.Role;
import io.revisio.platform.HttpProperties;
import io.revisio.shared.config.Secret;
import io.revisio.testing.ProductionConfig;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.util.unit.DataSize;

/**
 * Rotating the signing key: the new key signs at once, tokens signed with the old one keep working while
 * it is listed as a previous key (the overlap window, at least one access-token lifetime), and stop
 * working once it is removed.
 */
class SigningKeyRotationTest {

    static final Secret OLD = new Secret(ProductionConfig.rsaPem(2048));
    static final Secret NEW = new Secret(ProductionConfig.rsaPem(2048));
    static final HttpProperties HTTP = new HttpProperties(URI.create("https://revisio.example.org"), List.of(),
            List.of("127.0.0.1/32"), DataSize.ofMegabytes(1));

    @Test
    void theOldKeyVerifiesDuringTheOverlapAndNotAfter() throws Exception {
        SigningKeyRing before = new SigningKeyRing(properties(OLD));
        String oldToken = tokens(before).issue(UUID.randomUUID(), UUID.randomUUID(), Role.STUDENT);

        SigningKeyRing during = new SigningKeyRing(properties(NEW, OLD));
        String newToken = tokens(during).issue(UUID.randomUUID(), UUID.randomUUID(), Role.STUDENT);
        assertThat(kid(newToken)).isNotEqualTo(kid(oldToken));
        assertThat(during.publicKeys().getKeys()).extracting(key -> key.getKeyID())
                .containsExactly(kid(newToken), kid(oldToken));
        assertThat(decoder(during).decode(oldToken).getSubject()).isNotBlank();
        assertThat(decoder(during).decode(newToken).getSubject()).isNotBlank();

        SigningKeyRing after = new SigningKeyRing(properties(NEW));
        assertThat(decoder(after).decode(newToken).getSubject()).isNotBlank();
        assertThatThrownBy(() -> decoder(after).decode(oldToken)).isInstanceOf(JwtException.class);
    }

    @Test
    void aKeysIdIsItsThumbprintSoItSurvivesRestarts() {
        assertThat(new SigningKeyRing(properties(OLD)).current().getKeyID())
                .isEqualTo(new SigningKeyRing(properties(OLD)).current().getKeyID());
    }

    private static AccessTokens tokens(SigningKeyRing ring) {
        return new AccessTokens(ring, Clock.systemUTC(), properties(Secret.NONE), HTTP);
    }

    private static JwtDecoder decoder(SigningKeyRing ring) {
        return NimbusJwtDecoder.withJwkSource(new ImmutableJWKSet<>(ring.publicKeys())).build();
    }

    private static String kid(String token) throws Exception {
        return SignedJWT.parse(token).getHeader().getKeyID();
    }

    static AuthProperties properties(Secret current, Secret... previous) {
        return new AuthProperties(current, List.of(previous), Secret.NONE, List.of(), false, Duration.ofMinutes(10),
                Duration.ofDays(14), Duration.ofDays(60), Duration.ofSeconds(10),
                new AuthProperties.Limits(30, 100, 60, 10, 20, 3));
    }
}
