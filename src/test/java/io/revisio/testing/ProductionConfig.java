package io.revisio.testing;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/** A complete, valid production configuration, for tests that break one setting at a time. */
public final class ProductionConfig {

    public static final String DATABASE_PASSWORD = randomBase64(32, 11);
    public static final String ENCRYPTION_KEY = randomBase64(32, 12);
    public static final String SIGNING_KEY = rsaPem(2048);

    private ProductionConfig() {
    }

    public static Map<String, String> valid() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("revisio.http.public-url", "https://revisio.example.org");
        properties.put("revisio.database.url", "postgres://revisio@db.internal:5432/revisio");
        properties.put("revisio.database.password", DATABASE_PASSWORD);
        properties.put("revisio.redis.url", "redis://cache.internal:6379");
        properties.put("revisio.auth.signing-key", SIGNING_KEY);
        properties.put("revisio.auth.encryption-key", ENCRYPTION_KEY);
        properties.put("revisio.local.enabled", "false");
        properties.put("revisio.seed.demo-on-start", "false");
        return properties;
    }

    /** The same settings as command-line arguments, with the prod profile. */
    public static String[] asArguments(Map<String, String> properties) {
        return java.util.stream.Stream.concat(
                        java.util.stream.Stream.of("--spring.profiles.active=prod"),
                        properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()))
                .toArray(String[]::new);
    }

    public static String rsaPem(int bits) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(bits);
            byte[] der = generator.generateKeyPair().getPrivate().getEncoded();
            return "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(der)
                    + "\n-----END PRIVATE KEY-----\n";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String randomBase64(int bytes, long seed) {
        byte[] value = new byte[bytes];
        new Random(seed).nextBytes(value);
        return Base64.getEncoder().encodeToString(value);
    }
}
