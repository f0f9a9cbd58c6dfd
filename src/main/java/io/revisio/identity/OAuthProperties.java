package io.revisio.identity;

import io.revisio.shared.config.CheckedProperties;
import io.revisio.shared.config.ConfigurationProblems;
import io.revisio.shared.config.Secret;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * External sign-in providers, keyed by name ({@code google}, {@code microsoft}, or any OIDC provider).
 *
 * @param providers the configured providers
 */
@ConfigurationProperties("revisio.oauth")
public record OAuthProperties(@DefaultValue Map<String, Provider> providers) implements CheckedProperties {

    /** Providers whose issuer is well known, so configuring one needs no issuer URL. */
    static final Set<String> WELL_KNOWN = Set.of("google", "microsoft");

    /**
     * One sign-in provider.
     *
     * @param enabled whether users may sign in with it
     * @param issuerUri OIDC issuer URL (discovery); required except for google and microsoft
     * @param clientId the client id registered with the provider
     * @param clientSecret the client secret registered with the provider
     */
    public record Provider(
            @DefaultValue("false") boolean enabled,
            URI issuerUri,
            String clientId,
            Secret clientSecret) {

        public Provider {
            clientSecret = clientSecret == null ? Secret.NONE : clientSecret;
        }
    }

    @Override
    public void check(ConfigurationProblems problems, boolean production) {
        providers.forEach((name, provider) -> {
            if (!provider.enabled()) {
                return;
            }
            String prefix = "revisio.oauth.providers." + name;
            if (provider.clientId() == null || provider.clientId().isBlank()) {
                problems.add(prefix + ".client-id", "is missing for an enabled provider");
            }
            if (!provider.clientSecret().isPresent()) {
                problems.add(prefix + ".client-secret", "is missing for an enabled provider");
            }
            if (provider.issuerUri() == null && !WELL_KNOWN.contains(name)) {
                problems.add(prefix + ".issuer-uri", "is missing for an enabled OIDC provider");
            } else if (production && provider.issuerUri() != null && !"https".equals(provider.issuerUri().getScheme())) {
                problems.add(prefix + ".issuer-uri", "must use https in production");
            }
        });
    }
}
