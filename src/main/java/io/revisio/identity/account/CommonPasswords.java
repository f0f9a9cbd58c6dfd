package io.revisio.identity.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The 10,000 most common passwords, read from the frequency-ranked password list that the zxcvbn
 * library ships (most common first).
 */
final class CommonPasswords {

    static final int SIZE = 10_000;
    private static final String LIST = "/com/nulabinc/zxcvbn/matchers/dictionaries/passwords.txt";
    private static final Set<String> PASSWORDS = load();

    private CommonPasswords() {
    }

    static boolean contains(String password) {
        return PASSWORDS.contains(password.toLowerCase(Locale.ROOT));
    }

    static int size() {
        return PASSWORDS.size();
    }

    private static Set<String> load() {
        try (InputStream in = CommonPasswords.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException("The common password list is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Set<String> passwords = new HashSet<>(SIZE * 2);
            String line;
            while (passwords.size() < SIZE && (line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    passwords.add(line.trim().toLowerCase(Locale.ROOT));
                }
            }
            return Set.copyOf(passwords);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
