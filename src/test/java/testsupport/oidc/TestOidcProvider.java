package testsupport.oidc;

import java.util.Map;
import java.util.stream.Stream;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * A real OpenID Connect provider (Spring Authorization Server) for the sign-in tests, started in the test
 * JVM on its own port. It lives outside {@code io.revisio} so the application never scans it.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class TestOidcProvider {

    public static final String CLIENT_ID = "revisio";
    public static final String CLIENT_SECRET = "revisio-test-client-secret";
    public static final String PASSWORD = "provider-pass";

    /** The provider's users: e-mail address, and whether the provider vouches for it. */
    public record Person(String email, boolean emailVerified, String name) {
    }

    public static final Map<String, Person> PEOPLE = Map.of(
            "ana", new Person("ana@provider.test", true, "Ana Provider"),
            "carl", new Person("carl@example.org", true, "Carl Existing"),
            "dora", new Person("dora@example.org", false, "Dora Unverified"),
            "eve", new Person("eve@provider.test", true, "Eve Linked"));

    /** Starts the provider on {@code port}, accepting redirects to the application on {@code appPort}. */
    public static ConfigurableApplicationContext start(int port, int appPort, String registrationId) {
        String client = "spring.security.oauth2.authorizationserver.client.revisio.";
        // Arguments, not default properties: they must win over the application's own application.properties.
        return new SpringApplicationBuilder(TestOidcProvider.class)
                .web(WebApplicationType.SERVLET)
                .run(Stream.of(
                        "server.port=" + port,
                        "spring.main.banner-mode=off",
                        "management.server.port=-1",
                        "spring.autoconfigure.exclude=org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration,"
                                + "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration,"
                                + "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration,"
                                // the provider has no database, so no event publication registry either
                                + "org.springframework.modulith.events.jdbc.JdbcEventPublicationAutoConfiguration,"
                                + "org.springframework.modulith.events.config.EventPublicationAutoConfiguration",
                        "revisio.local.enabled=false",
                        "spring.security.oauth2.authorizationserver.issuer=" + issuer(port),
                        client + "registration.client-id=" + CLIENT_ID,
                        client + "registration.client-secret={noop}" + CLIENT_SECRET,
                        client + "registration.client-authentication-methods=client_secret_basic",
                        client + "registration.authorization-grant-types=authorization_code",
                        client + "registration.redirect-uris=http://127.0.0.1:" + appPort + "/login/oauth2/code/" + registrationId,
                        client + "registration.scopes=openid,profile,email",
                        client + "require-proof-key=true",
                        client + "require-authorization-consent=false")
                        .map(setting -> "--" + setting).toArray(String[]::new));
    }

    public static String issuer(int port) {
        return "http://localhost:" + port;
    }

    @Bean
    UserDetailsService people() {
        return new InMemoryUserDetailsManager(PEOPLE.keySet().stream()
                .map(name -> User.withUsername(name).password("{noop}" + PASSWORD).roles("USER").build())
                .toList());
    }

    /** ID tokens carry the e-mail claims the application decides on. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> emailClaims() {
        return context -> {
            if ("id_token".equals(context.getTokenType().getValue())) {
                Person person = PEOPLE.get(context.getPrincipal().getName());
                context.getClaims().claim("email", person.email()).claim("email_verified", person.emailVerified())
                        .claim("name", person.name());
            }
        };
    }
}
