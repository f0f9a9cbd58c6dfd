package io.revisio.identity;

import io.revisio.shared.config.Secret;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;

/** Reads the token signing key: a PKCS#8 PEM Ed25519 or RSA private key. */
final class SigningKeys {

    static final int MINIMUM_RSA_BITS = 2048;

    private SigningKeys() {
    }

    static PrivateKey read(Secret pem) throws GeneralSecurityException {
        String body = pem.value()
                .replace("-----BEGIN PRIVATE KEY-----", "")
                .replace("-----END PRIVATE KEY-----", "")
                .replaceAll("\\s", "");
        byte[] der;
        try {
            der = Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            throw new GeneralSecurityException("not base64");
        }
        PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(der);
        for (String algorithm : new String[] {"Ed25519", "RSA"}) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(spec);
            } catch (GeneralSecurityException e) {
                // try the next algorithm
            }
        }
        throw new GeneralSecurityException("not an Ed25519 or RSA key");
    }

    /** What is wrong with the key, never quoting it. */
    static Optional<String> problemWith(Secret pem) {
        if (!pem.value().contains("-----BEGIN PRIVATE KEY-----")) {
            return Optional.of("must be a PEM-encoded PKCS#8 private key (-----BEGIN PRIVATE KEY-----)");
        }
        try {
            PrivateKey key = read(pem);
            if (key instanceof RSAPrivateKey rsa && rsa.getModulus().bitLength() < MINIMUM_RSA_BITS) {
                return Optional.of("RSA keys must have at least " + MINIMUM_RSA_BITS + " bits");
            }
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            return Optional.of("is not a valid Ed25519 or RSA private key");
        }
    }
}
