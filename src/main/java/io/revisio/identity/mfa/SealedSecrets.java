package io.revisio.identity.mfa;

import io.revisio.identity.AuthProperties;
import io.revisio.identity.token.ServerKeys;
import io.revisio.shared.config.Secret;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Encrypts MFA secrets at rest with AES-256-GCM under a key derived from the configured encryption key.
 * A sealed value starts with the id of its key, so after a key rotation values sealed with a previous
 * key still open, and are sealed again with the current key the next time they are used.
 */
@Component
class SealedSecrets {

    private static final String PURPOSE = "mfa-secret";
    private static final int KEY_ID_BYTES = 4;
    private static final int NONCE_BYTES = 12;

    private final SecretKeySpec current;
    private final List<SecretKeySpec> all;
    private final SecureRandom random = new SecureRandom();

    SealedSecrets(ServerKeys serverKeys, AuthProperties properties) {
        this.current = new SecretKeySpec(serverKeys.derive(PURPOSE), "AES");
        List<SecretKeySpec> keys = new ArrayList<>(List.of(current));
        for (Secret previous : properties.previousEncryptionKeys()) {
            keys.add(new SecretKeySpec(ServerKeys.derive(Base64.getDecoder().decode(previous.value().trim()), PURPOSE), "AES"));
        }
        this.all = List.copyOf(keys);
    }

    byte[] seal(byte[] plain) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, current, new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(KEY_ID_BYTES + NONCE_BYTES + sealed.length)
                    .put(idOf(current)).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    byte[] open(byte[] value) {
        byte[] keyId = Arrays.copyOf(value, KEY_ID_BYTES);
        SecretKeySpec key = all.stream().filter(candidate -> Arrays.equals(idOf(candidate), keyId)).findFirst()
                .orElseThrow(() -> new IllegalStateException("An MFA secret is sealed with a key that is no longer configured"));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key,
                    new GCMParameterSpec(128, value, KEY_ID_BYTES, NONCE_BYTES));
            return cipher.doFinal(value, KEY_ID_BYTES + NONCE_BYTES, value.length - KEY_ID_BYTES - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("An MFA secret cannot be opened", e);
        }
    }

    boolean isSealedWithCurrentKey(byte[] value) {
        return Arrays.equals(Arrays.copyOf(value, KEY_ID_BYTES), idOf(current));
    }

    /** A short public id of a key: the start of its HMAC over a fixed label. */
    private static byte[] idOf(SecretKeySpec key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            return Arrays.copyOf(mac.doFinal("key-id".getBytes()), KEY_ID_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
