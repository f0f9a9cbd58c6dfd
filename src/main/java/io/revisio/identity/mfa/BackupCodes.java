package io.revisio.identity.mfa;

import io.revisio.identity.token.ServerKeys;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Ten single-use backup codes of 10 base32 characters (50 random bits each), shown once and stored as
 * keyed hashes: their entropy makes a slow hash unnecessary, the server key makes a stolen table useless.
 */
@Component
class BackupCodes {

    static final int COUNT = 10;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec key;

    BackupCodes(ServerKeys serverKeys) {
        this.key = new SecretKeySpec(serverKeys.derive("mfa-backup-codes"), "HmacSHA256");
    }

    List<String> generate() {
        List<String> codes = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < 10; c++) {
                code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                if (c == 4) {
                    code.append('-');
                }
            }
            codes.add(code.toString());
        }
        return codes;
    }

    /** Whether the text has the shape of a backup code rather than a six-digit TOTP code. */
    static boolean looksLikeOne(String text) {
        return text != null && normalized(text).length() == 10;
    }

    byte[] hash(String code) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(normalized(code).getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String normalized(String code) {
        return code.replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT);
    }
}
