package io.revisio.identity;

import io.revisio.shared.config.CheckedProperties;
import io.revisio.shared.config.ConfigurationProblems;
import io.revisio.shared.config.Secret;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Keys, token lifetimes and attempt limits of the identity module.
 *
 * @param signingKey PEM (PKCS#8) RSA private key (at least 2048 bits) that signs access tokens
 * @param previousSigningKeys keys signed with before the last rotation, still accepted and published
 * @param encryptionKey base64 of 32 random bytes; encrypts MFA secrets and derives refresh tokens
 * @param previousEncryptionKeys encryption keys used before the last rotation; MFA secrets sealed with them still open
 * @param mfaRequiredForStaff reviewers, editors and admins must enrol MFA before they can use their role
 * @param accessTokenLifetime how long an access token is valid (at most 15 minutes)
 * @param refreshIdleLifetime a refresh token unused this long expires
 * @param refreshAbsoluteLifetime a device session ends this long after sign-in, however active
 * @param refreshReuseGrace a rotated refresh token presented again this soon returns the same successor
 * @param limits attempt limits
 */
@ConfigurationProperties("revisio.auth")
public record AuthProperties(
        Secret signingKey,
        @DefaultValue List<Secret> previousSigningKeys,
        Secret encryptionKey,
        @DefaultValue List<Secret> previousEncryptionKeys,
        @DefaultValue("false") boolean mfaRequiredForStaff,
        @DefaultValue("10m") Duration accessTokenLifetime,
        @DefaultValue("14d") Duration refreshIdleLifetime,
        @DefaultValue("60d") Duration refreshAbsoluteLifetime,
        @DefaultValue("10s") Duration refreshReuseGrace,
        @DefaultValue Limits limits) implements CheckedProperties {

    public static final int ENCRYPTION_KEY_BYTES = 32;
    static final Duration LONGEST_ACCESS_TOKEN = Duration.ofMinutes(15);

    /**
     * Attempt limits, counted in Redis across all instances.
     *
     * @param loginPerIp sign-in attempts per client address per 15 minutes
     * @param failedLoginsPerAccount failed sign-ins per account per hour before it is locked for the rest of the hour
     * @param refreshPerIp token refreshes per client address per minute
     * @param registerPerIp registrations per client address per hour
     * @param emailPerIp verification and password-reset e-mails requested per client address per hour
     * @param emailPerAccount verification or password-reset e-mails per account per hour
     */
    public record Limits(
            @DefaultValue("30") int loginPerIp,
            @DefaultValue("100") int failedLoginsPerAccount,
            @DefaultValue("60") int refreshPerIp,
            @DefaultValue("10") int registerPerIp,
            @DefaultValue("20") int emailPerIp,
            @DefaultValue("3") int emailPerAccount) {
    }

    public AuthProperties {
        signingKey = signingKey == null ? Secret.NONE : signingKey;
        encryptionKey = encryptionKey == null ? Secret.NONE : encryptionKey;
    }

    @Override
    public void check(ConfigurationProblems problems, boolean production) {
        if (signingKey.isPresent()) {
            SigningKeys.problemWith(signingKey).ifPresent(problem -> problems.add("revisio.auth.signing-key", problem));
        } else if (production) {
            problems.add("revisio.auth.signing-key", "is missing");
        }
        for (Secret previous : previousSigningKeys) {
            SigningKeys.problemWith(previous)
                    .ifPresent(problem -> problems.add("revisio.auth.previous-signing-keys", problem));
        }
        if (encryptionKey.isPresent()) {
            if (decodedLength(encryptionKey) != ENCRYPTION_KEY_BYTES) {
                problems.add("revisio.auth.encryption-key", "must be base64 of exactly " + ENCRYPTION_KEY_BYTES + " bytes");
            } else if (production) {
                problems.requireStrongSecret("revisio.auth.encryption-key", encryptionKey);
            }
        } else if (production) {
            problems.add("revisio.auth.encryption-key", "is missing");
        }
        for (Secret previous : previousEncryptionKeys) {
            if (decodedLength(previous) != ENCRYPTION_KEY_BYTES) {
                problems.add("revisio.auth.previous-encryption-keys",
                        "must each be base64 of exactly " + ENCRYPTION_KEY_BYTES + " bytes");
            }
        }
        if (accessTokenLifetime.isNegative() || accessTokenLifetime.isZero()
                || accessTokenLifetime.compareTo(LONGEST_ACCESS_TOKEN) > 0) {
            problems.add("revisio.auth.access-token-lifetime", "must be between 1 second and 15 minutes");
        }
        if (refreshIdleLifetime.compareTo(refreshAbsoluteLifetime) > 0) {
            problems.add("revisio.auth.refresh-idle-lifetime", "must not exceed revisio.auth.refresh-absolute-lifetime");
        }
        if (refreshReuseGrace.isNegative() || refreshReuseGrace.compareTo(Duration.ofMinutes(1)) > 0) {
            problems.add("revisio.auth.refresh-reuse-grace", "must be between 0 and 1 minute");
        }
    }

    static int decodedLength(Secret secret) {
        try {
            return Base64.getDecoder().decode(secret.value().trim()).length;
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }
}
