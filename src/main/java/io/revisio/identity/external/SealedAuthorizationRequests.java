package io.revisio.identity.external;

import io.revisio.identity.token.ServerKeys;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.oauth2.client.web.AuthorizationRequestRepository;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.stereotype.Component;

/**
 * Keeps the pending authorization request (state, nonce, PKCE verifier) in the browser that started it,
 * as an encrypted and authenticated HttpOnly cookie: the callback only succeeds in that browser, and any
 * instance can finish the sign-in without a server-side session.
 */
@Component
public class SealedAuthorizationRequests implements AuthorizationRequestRepository<OAuth2AuthorizationRequest> {

    static final String COOKIE = "revisio_oauth";
    static final Duration LIFETIME = Duration.ofMinutes(10);
    private static final int NONCE_BYTES = 12;
    /** Only the classes an authorization request is made of may be read back. */
    private static final ObjectInputFilter ALLOWED = ObjectInputFilter.Config.createFilter(
            "java.lang.*;java.util.*;java.net.URI;org.springframework.security.oauth2.core.**;!*");

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    SealedAuthorizationRequests(ServerKeys serverKeys) {
        this.key = new SecretKeySpec(serverKeys.derive("oauth-authorization-request"), "AES");
    }

    @Override
    public OAuth2AuthorizationRequest loadAuthorizationRequest(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        return Arrays.stream(cookies).filter(cookie -> cookie.getName().equals(COOKIE)).findFirst()
                .map(cookie -> open(cookie.getValue())).orElse(null);
    }

    @Override
    public void saveAuthorizationRequest(OAuth2AuthorizationRequest authorizationRequest, HttpServletRequest request,
            HttpServletResponse response) {
        if (authorizationRequest == null) {
            write(response, "", Duration.ZERO);
            return;
        }
        write(response, seal(authorizationRequest), LIFETIME);
    }

    @Override
    public OAuth2AuthorizationRequest removeAuthorizationRequest(HttpServletRequest request,
            HttpServletResponse response) {
        OAuth2AuthorizationRequest stored = loadAuthorizationRequest(request);
        write(response, "", Duration.ZERO);
        return stored;
    }

    private void write(HttpServletResponse response, String value, Duration maxAge) {
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(COOKIE, value).httpOnly(true).secure(true)
                .sameSite("Lax").path("/").maxAge(maxAge).build().toString());
    }

    private String seal(OAuth2AuthorizationRequest authorizationRequest) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(authorizationRequest);
            }
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(bytes.toByteArray());
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Could not keep the authorization request", e);
        }
    }

    private OAuth2AuthorizationRequest open(String value) {
        try {
            byte[] data = Base64.getUrlDecoder().decode(value);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, data, 0, NONCE_BYTES));
            byte[] plain = cipher.doFinal(data, NONCE_BYTES, data.length - NONCE_BYTES);
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(plain))) {
                in.setObjectInputFilter(ALLOWED);
                return (OAuth2AuthorizationRequest) in.readObject();
            }
        } catch (IllegalArgumentException | IOException | ClassNotFoundException | GeneralSecurityException e) {
            return null; // tampered, expired key or foreign: the sign-in simply fails
        }
    }
}
