package io.revisio.identity.mfa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revisio.identity.AuthProperties;
import io.revisio.identity.token.ServerKeysFactory;
import io.revisio.shared.config.Secret;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** MFA secrets at rest, and rotating the key that seals them. */
class SealedSecretsTest {

    static final Secret OLD = key(1);
    static final Secret NEW = key(2);

    @Test
    void aSealedSecretOpensAndDoesNotShowThePlainText() {
        SealedSecrets sealed = sealedWith(OLD);
        byte[] secret = "twenty bytes secret!".getBytes(StandardCharsets.US_ASCII);
        byte[] value = sealed.seal(secret);
        assertThat(new String(value, StandardCharsets.ISO_8859_1)).doesNotContain("twenty bytes");
        assertThat(sealed.open(value)).isEqualTo(secret);
        assertThat(sealed.seal(secret)).as("a fresh nonce each time").isNotEqualTo(value);
    }

    @Test
    void afterRotationOldValuesOpenWithThePreviousKeyAndNotWithoutIt() {
        byte[] secret = "twenty bytes secret!".getBytes(StandardCharsets.US_ASCII);
        byte[] value = sealedWith(OLD).seal(secret);
        SealedSecrets rotated = sealedWith(NEW, OLD);
        assertThat(rotated.open(value)).isEqualTo(secret);
        assertThat(rotated.isSealedWithCurrentKey(value)).isFalse();
        assertThat(rotated.isSealedWithCurrentKey(rotated.seal(secret))).isTrue();
        assertThatThrownBy(() -> sealedWith(NEW).open(value)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no longer configured");
    }

    private static SealedSecrets sealedWith(Secret current, Secret... previous) {
        AuthProperties properties = new AuthProperties(Secret.NONE, List.of(), current, List.of(previous), false,
                Duration.ofMinutes(10), Duration.ofDays(14), Duration.ofDays(60), Duration.ofSeconds(10),
                new AuthProperties.Limits(30, 100, 60, 10, 20, 3));
        return new SealedSecrets(ServerKeysFactory.of(properties), properties);
    }

    private static Secret key(int seed) {
        byte[] bytes = new byte[32];
        new java.util.Random(seed).nextBytes(bytes);
        return new Secret(Base64.getEncoder().encodeToString(bytes));
    }
}
