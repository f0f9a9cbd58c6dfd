package io.revisio.identity.web;

import io.revisio.identity.token.AccessTokens;
import java.util.UUID;
import org.springframework.security.oauth2.jwt.Jwt;

/** Who is calling, read from the verified access token. */
record SignedIn(UUID accountId, UUID sessionId) {

    static SignedIn from(Jwt token) {
        return new SignedIn(UUID.fromString(token.getSubject()),
                UUID.fromString(token.getClaimAsString(AccessTokens.SESSION_CLAIM)));
    }
}
