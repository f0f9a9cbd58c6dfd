package io.revisio.identity.token;

import io.revisio.identity.AuthProperties;

/** Lets tests in other packages build the server keys from properties. */
public final class ServerKeysFactory {

    private ServerKeysFactory() {
    }

    public static ServerKeys of(AuthProperties properties) {
        return new ServerKeys(properties);
    }
}
