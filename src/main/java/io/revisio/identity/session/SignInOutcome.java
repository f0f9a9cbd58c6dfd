package io.revisio.identity.session;

/** What a right password leads to: tokens, or a challenge for the second factor. */
public sealed interface SignInOutcome permits TokenPair, MfaRequired {
}
