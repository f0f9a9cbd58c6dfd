package io.revisio.identity.token;

import io.revisio.identity.AuthProperties;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Purpose-bound keys derived from the configured encryption key (HMAC-SHA256 of the purpose), so that
 * one configured secret never serves two purposes directly.
 */
@Component
public class ServerKeys {

    private static final Logger log = LoggerFactory.getLogger(ServerKeys.class);

    private final byte[] master;

    ServerKeys(AuthProperties properties) {
        if (properties.encryptionKey().isPresent()) {
            this.master = Base64.getDecoder().decode(properties.encryptionKey().value().trim());
        } else {
            this.master = new byte[AuthProperties.ENCRYPTION_KEY_BYTES];
            new SecureRandom().nextBytes(master);
            log.warn("No revisio.auth.encryption-key configured: using a key generated for this process only");
        }
    }

    public byte[] derive(String purpose) {
        return derive(master, purpose);
    }

    /** The key for one purpose derived from a master key (also used for previous master keys). */
    public static byte[] derive(byte[] master, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(master, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
