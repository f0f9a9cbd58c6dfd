package io.revisio.testing;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A CSRF token as a browser holds one: the XSRF-TOKEN cookie plus the masked copy a form sends. Unlike
 * Spring Security's test {@code csrf()}, it leaves the application's token repository alone, which
 * matters because MockMvc and the real server share one filter chain.
 */
public final class RealCsrf {

    private static final SecureRandom RANDOM = new SecureRandom();

    private RealCsrf() {
    }

    public static RequestPostProcessor token() {
        return request -> {
            String token = UUID.randomUUID().toString();
            List<Cookie> cookies = new ArrayList<>(request.getCookies() == null ? List.of()
                    : Arrays.asList(request.getCookies()));
            cookies.add(new Cookie("XSRF-TOKEN", token));
            request.setCookies(cookies.toArray(Cookie[]::new));
            request.addParameter("_csrf", masked(token));
            return request;
        };
    }

    /** The token XOR-ed with random bytes, prefixed by them, as Spring Security masks it for pages. */
    static String masked(String token) {
        byte[] plain = token.getBytes(StandardCharsets.UTF_8);
        byte[] random = new byte[plain.length];
        RANDOM.nextBytes(random);
        byte[] combined = new byte[plain.length * 2];
        System.arraycopy(random, 0, combined, 0, plain.length);
        for (int i = 0; i < plain.length; i++) {
            combined[plain.length + i] = (byte) (random[i] ^ plain[i]);
        }
        return Base64.getUrlEncoder().encodeToString(combined);
    }
}
