package io.revisio.identity.session;

/** What sign-in and refresh answer: a short-lived access token and the next refresh token. */
public record TokenPair(String accessToken, String refreshToken, long expiresIn, String tokenType)
        implements SignInOutcome {

    static TokenPair bearer(String accessToken, String refreshToken, long expiresInSeconds) {
        return new TokenPair(accessToken, refreshToken, expiresInSeconds, "Bearer");
    }
}
