package io.revisio.identity;

import io.revisio.shared.config.Secret;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;

/** Reads token signing keys: PKCS#8 PEM RSA private keys. */
public final class SigningKeys {

    static final int MINIMUM_RSA_BITS = 2048;

    private SigningKeys() {
    }

    public static RSAPrivateCrtKey read(Secret pem) throws GeneralSecurityException {
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
        if (KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der)) instanceof RSAPrivateCrtKey key) {
            return key;
        }
        throw new GeneralSecurityException("not an RSA private key with its public part");
    }

    /** What is wrong with the key, never quoting it. */
    static Optional<String> problemWith(Secret pem) {
        if (!pem.value().contains("-----BEGIN PRIVATE KEY-----")) {
            return Optional.of("must be a PEM-encoded PKCS#8 RSA private key (-----BEGIN PRIVATE KEY-----)");
        }
        try {
            if (read(pem).getModulus().bitLength() < MINIMUM_RSA_BITS) {
                return Optional.of("RSA keys must have at least " + MINIMUM_RSA_BITS + " bits");
            }
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            return Optional.of("is not a valid RSA private key");
        }
    }
}
