package io.revisio.identity.external;

import io.revisio.identity.OAuthProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.security.config.oauth2.client.CommonOAuth2Provider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * The OIDC clients of the enabled sign-in providers. Without any enabled provider there is no client
 * and no external sign-in at all, so the application starts without any provider configured.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(OAuthClients.AnyProviderEnabled.class)
class OAuthClients {

    static final String REDIRECT = "{baseUrl}/login/oauth2/code/{registrationId}";

    @Bean
    ClientRegistrationRepository clientRegistrations(OAuthProperties properties) {
        List<ClientRegistration> registrations = new ArrayList<>();
        properties.providers().forEach((name, provider) -> {
            if (provider.enabled()) {
                registrations.add(builderFor(name, provider)
                        .clientId(provider.clientId())
                        .clientSecret(provider.clientSecret().value())
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                        .redirectUri(REDIRECT)
                        .scope("openid", "profile", "email")
                        .userNameAttributeName("sub")
                        .clientName(displayName(name))
                        .build());
            }
        });
        return new InMemoryClientRegistrationRepository(registrations);
    }

    private static ClientRegistration.Builder builderFor(String name, OAuthProperties.Provider provider) {
        if (provider.issuerUri() != null) {
            return ClientRegistrations.fromIssuerLocation(provider.issuerUri().toString()).registrationId(name);
        }
        if (name.equals("google")) {
            return CommonOAuth2Provider.GOOGLE.getBuilder(name);
        }
        // Microsoft's multi-tenant endpoints; each tenant's tokens carry their own issuer.
        return ClientRegistration.withRegistrationId(name)
                .authorizationUri("https://login.microsoftonline.com/common/oauth2/v2.0/authorize")
                .tokenUri("https://login.microsoftonline.com/common/oauth2/v2.0/token")
                .jwkSetUri("https://login.microsoftonline.com/common/discovery/v2.0/keys")
                .userInfoUri("https://graph.microsoft.com/oidc/userinfo");
    }

    static String displayName(String name) {
        return switch (name) {
            case "google" -> "Google";
            case "microsoft" -> "Microsoft";
            default -> Character.toUpperCase(name.charAt(0)) + name.substring(1);
        };
    }

    /** True when at least one provider is enabled. */
    static class AnyProviderEnabled implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return Binder.get(context.getEnvironment()).bind("revisio.oauth", OAuthProperties.class)
                    .map(OAuthProperties::providers).orElse(Map.of()).values().stream()
                    .anyMatch(OAuthProperties.Provider::enabled);
        }
    }
}
