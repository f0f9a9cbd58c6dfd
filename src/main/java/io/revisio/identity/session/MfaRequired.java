package io.revisio.identity.session;

/** The password was right; send a code from the authenticator (or a backup code) with this challenge. */
public record MfaRequired(boolean mfaRequired, String challengeToken, long expiresIn) implements SignInOutcome {
}
