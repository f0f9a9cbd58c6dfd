package io.revisio.identity.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Decodes access tokens, checking each token's signature once: a token seen before comes from a bounded
 * cache of tokens whose signature was valid, and its expiry, issuer and session are validated again on every
 * request all the same. A client sends the same token with every request for the token's lifetime, and under
 * load the signature check and claim mapping cost as much as an answer's own work. Our signing keys do not
 * change while the application runs, so a signature that was valid stays valid.
 */
final class VerifiedTokens implements JwtDecoder {

    private final JwtDecoder signatures;
    private final OAuth2TokenValidator<Jwt> validator;
    private final Map<String, Jwt> verified;

    /**
     * @param signatures decodes and checks the signature only (its own validator accepts every token)
     * @param validator  what every use of a token is checked against
     * @param capacity   how many verified tokens are kept; the least recently used goes first
     */
    VerifiedTokens(JwtDecoder signatures, OAuth2TokenValidator<Jwt> validator, int capacity) {
        this.signatures = signatures;
        this.validator = validator;
        this.verified = Collections.synchronizedMap(new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Jwt> eldest) {
                return size() > capacity;
            }
        });
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt jwt = verified.get(token);
        if (jwt == null) {
            jwt = signatures.decode(token);
        }
        OAuth2TokenValidatorResult result = validator.validate(jwt);
        if (result.hasErrors()) {
            verified.remove(token);
            OAuth2Error first = result.getErrors().iterator().next();
            throw new JwtValidationException("Unable to validate Jwt: " + first.getDescription(), result.getErrors());
        }
        verified.put(token, jwt);
        return jwt;
    }

    int size() {
        return verified.size();
    }
}
