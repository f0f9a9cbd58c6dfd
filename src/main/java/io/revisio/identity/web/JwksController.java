package io.revisio.identity.web;

import io.revisio.identity.token.SigningKeyRing;
import io.revisio.shared.ApiPaths;
import java.time.Duration;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The public keys that verify access tokens (RFC 7517), for services and clients that check tokens. */
@RestController
class JwksController {

    private final SigningKeyRing keys;

    JwksController(SigningKeyRing keys) {
        this.keys = keys;
    }

    @GetMapping(ApiPaths.V1 + "/auth/jwks.json")
    ResponseEntity<Map<String, Object>> jwks() {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(keys.publicKeys().toJSONObject(true));
    }
}
