package io.revisio.identity;

import io.revisio.shared.config.CheckedProperties;
import io.revisio.shared.config.ConfigurationProblems;
import io.revisio.shared.config.Secret;
import java.util.Base64;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Keys of the identity module.
 *
 * @param signingKey PEM (PKCS#8) Ed25519 or RSA (at least 2048 bits) private key that signs access tokens
 * @param encryptionKey base64 of 32 random bytes; encrypts MFA secrets at rest
 */
@ConfigurationProperties("revisio.auth")
public record AuthProperties(Secret signingKey, Secret encryptionKey) implements CheckedProperties {

    public static final int ENCRYPTION_KEY_BYTES = 32;

    public AuthProperties {
        signingKey = signingKey == null ? Secret.NONE : signingKey;
        encryptionKey = encryptionKey == null ? Secret.NONE : encryptionKey;
    }

    @Override
    public void check(ConfigurationProblems problems, boolean production) {
        if (signingKey.isPresent()) {
            SigningKeys.problemWith(signingKey).ifPresent(problem -> problems.add("revisio.auth.signing-key", problem));
        } else if (production) {
            problems.add("revisio.auth.signing-key", "is missing");
        }
        if (encryptionKey.isPresent()) {
            if (decodedLength(encryptionKey) != ENCRYPTION_KEY_BYTES) {
                problems.add("revisio.auth.encryption-key", "must be base64 of exactly " + ENCRYPTION_KEY_BYTES + " bytes");
            } else if (production) {
                problems.requireStrongSecret("revisio.auth.encryption-key", encryptionKey);
            }
        } else if (production) {
            problems.add("revisio.auth.encryption-key", "is missing");
        }
    }

    private static int decodedLength(Secret secret) {
        try {
            return Base64.getDecoder().decode(secret.value().trim()).length;
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }
}
