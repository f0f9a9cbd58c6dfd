package io.revisio.identity.token;

import io.revisio.identity.AuthProperties;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Refresh tokens: 256 random bits for the first of a device session; each successor is derived from its
 * predecessor with a server-side key, so a client that retries a refresh whose answer it lost gets the
 * very same successor back without the server ever storing a token. Only SHA-256 hashes are stored.
 */
@Component
public class RefreshTokens {

    private static final int BYTES = 32;
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec derivationKey;

    RefreshTokens(ServerKeys serverKeys) {
        this.derivationKey = new SecretKeySpec(serverKeys.derive("refresh-token-successor"), "HmacSHA256");
    }

    public String first() {
        byte[] token = new byte[BYTES];
        random.nextBytes(token);
        return URL.encodeToString(token);
    }

    public String successorOf(String token) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(derivationKey);
            return URL.encodeToString(mac.doFinal(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

}
