package io.revisio.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.testing.ProductionConfig;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class ConfigurationCheckTest {

    @Test
    void aCompleteProductionConfigurationPasses() {
        assertThat(prod(ProductionConfig.valid())).isEmpty();
    }

    @Test
    void localRunsNeedNoConfigurationAtAll() {
        assertThat(check(Map.of())).isEmpty();
    }

    @Test
    void anEmptyProductionConfigurationListsEveryProblemAtOnce() {
        List<String> problems = prod(Map.of());
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("revisio.database.url: is missing"))
                .anySatisfy(p -> assertThat(p).startsWith("revisio.redis.url: is missing"))
                .anySatisfy(p -> assertThat(p).isEqualTo("revisio.auth.signing-key: is missing"))
                .anySatisfy(p -> assertThat(p).isEqualTo("revisio.auth.encryption-key: is missing"))
                .anySatisfy(p -> assertThat(p).startsWith("revisio.http.public-url: must use https"))
                .anySatisfy(p -> assertThat(p).startsWith("revisio.local.enabled: must be false"))
                .anySatisfy(p -> assertThat(p).startsWith("revisio.seed.demo-on-start: must be false"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "short-but-random-Q7x", "change_me_change_me_change_me_change_me",
            "my-Production-Password-for-Revisio-2026!", "abababababababababababababababababababab",
            "TestTestTestTestTestTestTestTestTestTest"})
    void weakDatabasePasswordsAreRefusedWithoutPrintingThem(String password) {
        Map<String, String> properties = new HashMap<>(ProductionConfig.valid());
        properties.put("revisio.database.password", password);
        List<String> problems = prod(properties);
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem).startsWith("revisio.database.password: ");
            if (!password.isEmpty()) {
                assertThat(problem).doesNotContain(password);
            }
        });
    }

    @Test
    void aPasswordInsideTheDatabaseUrlIsCheckedToo() {
        Map<String, String> properties = new HashMap<>(ProductionConfig.valid());
        properties.remove("revisio.database.password");
        properties.put("revisio.database.url", "postgres://revisio:password@db.internal/revisio");
        assertThat(prod(properties)).singleElement().satisfies(problem -> assertThat(problem)
                .startsWith("revisio.database.password: ").doesNotContain("password@"));
    }

    @Test
    void anInvalidSigningKeyIsRefused() throws Exception {
        Map<String, String> properties = new HashMap<>(ProductionConfig.valid());
        properties.put("revisio.auth.signing-key", "-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5\n-----END PRIVATE KEY-----");
        assertThat(prod(properties)).containsExactly("revisio.auth.signing-key: is not a valid RSA private key");

        properties.put("revisio.auth.signing-key", ProductionConfig.rsaPem(1024));
        assertThat(prod(properties)).containsExactly("revisio.auth.signing-key: RSA keys must have at least 2048 bits");
    }

    @Test
    void anEd25519KeyIsNotAccepted() throws Exception {
        Map<String, String> properties = new HashMap<>(ProductionConfig.valid());
        byte[] der = KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPrivate().getEncoded();
        properties.put("revisio.auth.signing-key", "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(der) + "\n-----END PRIVATE KEY-----");
        assertThat(prod(properties)).containsExactly("revisio.auth.signing-key: is not a valid RSA private key");
    }

    @Test
    void tokenLifetimesStayWithinTheirBounds() {
        Map<String, String> properties = new HashMap<>(ProductionConfig.valid());
        properties.put("revisio.auth.access-token-lifetime", "16m");
        properties.put("revisio.auth.refresh-idle-lifetime", "90d");
        properties.put("revisio.auth.previous-signing-keys", "not a key");
        assertThat(prod(properties)).containsExactlyInAnyOrder(
                "revisio.auth.access-token-lifetime: must be between 1 second and 15 minutes",
                "revisio.auth.refresh-idle-lifetime: must not exceed revisio.auth.refresh-absolute-lifetime",
                "revisio.auth.previous-signing-keys: must be a PEM-encoded PKCS#8 RSA private key (-----BEGIN PRIVATE KEY-----)");
    }

    @Test
    void anEncryptionKeyMustBe32Bytes() {
        Map<String, String> properties = new HashMap<>(ProductionConfig.valid());
        properties.put("revisio.auth.encryption-key", Base64.getEncoder().encodeToString(new byte[16]));
        assertThat(prod(properties)).containsExactly("revisio.auth.encryption-key: must be base64 of exactly 32 bytes");
    }

    @Test
    void anEnabledOAuthProviderNeedsItsClient() {
        Map<String, String> properties = new HashMap<>(ProductionConfig.valid());
        properties.put("revisio.oauth.providers.google.enabled", "true");
        properties.put("revisio.oauth.providers.campus.enabled", "true");
        properties.put("revisio.oauth.providers.campus.client-id", "revisio");
        properties.put("revisio.oauth.providers.campus.client-secret", "s3cr3t-from-the-provider");
        properties.put("revisio.oauth.providers.disabled.enabled", "false");
        assertThat(prod(properties)).containsExactlyInAnyOrder(
                "revisio.oauth.providers.google.client-id: is missing for an enabled provider",
                "revisio.oauth.providers.google.client-secret: is missing for an enabled provider",
                "revisio.oauth.providers.campus.issuer-uri: is missing for an enabled OIDC provider");
    }

    @Test
    void enabledMailNeedsHostCredentialsAndSender() {
        Map<String, String> properties = new HashMap<>(ProductionConfig.valid());
        properties.put("revisio.mail.enabled", "true");
        assertThat(prod(properties)).containsExactlyInAnyOrder(
                "revisio.mail.host: is missing while e-mail is enabled",
                "revisio.mail.from: must be a sender e-mail address while e-mail is enabled",
                "revisio.mail.username: is missing while e-mail is enabled",
                "revisio.mail.password: is missing while e-mail is enabled");
    }

    @Test
    void theOutboxNeedsAPositiveIntervalAndBatchEvenWhileMailIsOff() {
        assertThat(check(Map.of("revisio.mail.outbox-interval", "0s", "revisio.mail.outbox-batch-size", "0")))
                .containsExactlyInAnyOrder(
                        "revisio.mail.outbox-interval: must be a positive duration such as 5s",
                        "revisio.mail.outbox-batch-size: must be between 1 and 1000");
        assertThat(check(Map.of("revisio.mail.outbox-interval", "soon")))
                .containsExactly("revisio.mail.outbox-interval: cannot be read as Duration");
    }

    @Test
    void productionNeedsHttpsAndNoOpenOrLocalCors() {
        Map<String, String> properties = new HashMap<>(ProductionConfig.valid());
        properties.put("revisio.http.public-url", "http://revisio.example.org");
        properties.put("revisio.http.cors-origins", "*,http://localhost:3000,https://app.revisio.example.org");
        assertThat(prod(properties)).containsExactlyInAnyOrder(
                "revisio.http.public-url: must use https in production",
                "revisio.http.cors-origins: must list exact origins, not a wildcard",
                "revisio.http.cors-origins: must not allow a local origin in production");
    }

    @Test
    void unreadableValuesAreReportedByName() {
        assertThat(check(Map.of("revisio.http.max-body-size", "lots", "revisio.mail.port", "smtp")))
                .containsExactlyInAnyOrder(
                        "revisio.http.max-body-size: cannot be read as DataSize",
                        "revisio.mail.port: cannot be read as int");
        assertThat(check(Map.of("revisio.http.trusted-proxies", "10.0.0.0/8,proxy.internal")))
                .containsExactly("revisio.http.trusted-proxies: 'proxy.internal' is not an IP address or CIDR range");
    }

    private static List<String> prod(Map<String, String> properties) {
        return run(properties, "prod");
    }

    private static List<String> check(Map<String, String> properties) {
        return run(properties);
    }

    private static List<String> run(Map<String, String> properties, String... profiles) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addFirst(new MapPropertySource("test", new HashMap<>(properties)));
        environment.setActiveProfiles(profiles);
        return ConfigurationCheck.run(environment).all();
    }
}
