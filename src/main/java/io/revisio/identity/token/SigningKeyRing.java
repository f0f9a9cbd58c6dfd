package io.revisio.identity.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import io.revisio.identity.AuthProperties;
import io.revisio.identity.SigningKeys;
import io.revisio.shared.config.Secret;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The keys that sign access tokens: the current one signs, the previous ones still verify until the
 * tokens they signed have expired. Each key's id is its RFC 7638 thumbprint, so it never changes.
 */
@Component
public class SigningKeyRing {

    private static final Logger log = LoggerFactory.getLogger(SigningKeyRing.class);

    private final RSAKey current;
    private final List<RSAKey> verifying;

    SigningKeyRing(AuthProperties properties) {
        this.current = properties.signingKey().isPresent() ? load(properties.signingKey()) : generated();
        List<RSAKey> keys = new ArrayList<>(List.of(current));
        properties.previousSigningKeys().forEach(previous -> keys.add(load(previous)));
        this.verifying = List.copyOf(keys);
    }

    RSAKey current() {
        return current;
    }

    /** The public keys, as published at the JWKS route and used to verify tokens. */
    public JWKSet publicKeys() {
        return new JWKSet(verifying.stream().map(key -> (com.nimbusds.jose.jwk.JWK) key.toPublicJWK()).toList());
    }

    private static RSAKey load(Secret pem) {
        try {
            RSAPrivateCrtKey privateKey = SigningKeys.read(pem);
            RSAPublicKey publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
            return identified(new RSAKey.Builder(publicKey).privateKey(privateKey));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The token signing key cannot be read", e);
        }
    }

    /** Outside production a missing key is generated per process: tokens then end with the process. */
    private static RSAKey generated() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            log.warn("No revisio.auth.signing-key configured: signing with a key generated for this process only");
            return identified(new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey(pair.getPrivate()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey identified(RSAKey.Builder builder) {
        try {
            RSAKey key = builder.keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).build();
            return new RSAKey.Builder(key).keyIDFromThumbprint().build();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

}
