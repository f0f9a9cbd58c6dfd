package io.revisio.identity.external;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.testing.Browser;
import io.revisio.testing.IntegrationTest;
import io.revisio.testing.TestServers;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import testsupport.oidc.TestOidcProvider;

/**
 * Sign-in with a real OpenID Connect provider (Spring Authorization Server on localhost) in a real
 * browser, while Revisio runs on 127.0.0.1 (cookies ignore ports, so the two use different hosts).
 */
@IntegrationTest
class ProviderSignInTest {

    static final int APP_PORT = TestServers.freePort();
    static final int PROVIDER_PORT = TestServers.freePort();
    static final ConfigurableApplicationContext PROVIDER = TestOidcProvider.start(PROVIDER_PORT, APP_PORT, "campus");

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> APP_PORT);
        registry.add("revisio.oauth.providers.campus.enabled", () -> "true");
        registry.add("revisio.oauth.providers.campus.issuer-uri", () -> TestOidcProvider.issuer(PROVIDER_PORT));
        registry.add("revisio.oauth.providers.campus.client-id", () -> TestOidcProvider.CLIENT_ID);
        registry.add("revisio.oauth.providers.campus.client-secret", () -> TestOidcProvider.CLIENT_SECRET);
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.close();
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    ChromeDriver browser;

    @BeforeEach
    void open() {
        browser = Browser.phone();
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theAuthorizationRequestUsesPkceStateAndNonceKeptInAnHttpOnlyCookie() throws Exception {
        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.get("/oauth2/authorization/campus"))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).startsWith(TestOidcProvider.issuer(PROVIDER_PORT))
                .contains("code_challenge=").contains("code_challenge_method=S256").contains("state=")
                .contains("nonce=").contains("scope=openid%20profile%20email");
        assertThat(response.getHeader("Set-Cookie")).startsWith("revisio_oauth=").contains("HttpOnly")
                .contains("Secure").contains("SameSite=Lax");
    }

    @Test
    void aNewPersonGetsAnAccountAndSignsInAgainToTheSameOne() {
        signInWithProvider("ana");
        assertThat(main()).contains("ana@provider.test").contains("Campus");
        UUID account = accountOf("ana@provider.test");
        assertThat(jdbc.sql("SELECT account_id FROM identity.external_identity WHERE provider = 'campus'")
                .query(UUID.class).list()).contains(account);

        browser.quit();
        browser = Browser.phone();
        signInWithProvider("ana");
        assertThat(main()).contains("ana@provider.test");
        assertThat(accountOf("ana@provider.test")).isEqualTo(account);
    }

    @Test
    void aVouchedAddressLinksToTheVerifiedAccountWithThatAddress() {
        UUID existing = account("carl@example.org", true);
        signInWithProvider("carl");
        assertThat(main()).contains("carl@example.org");
        assertThat(accountOf("carl@example.org")).isEqualTo(existing);
    }

    @Test
    void anAddressTheProviderDoesNotVouchForIsNeverLinked() {
        account("dora@example.org", true);
        signInWithProvider("dora");
        waiting().until(page -> page.getCurrentUrl().contains("/login?error=unverified-email"));
        assertThat(main()).contains("did not confirm your e-mail address");
        assertThat(jdbc.sql("SELECT count(*) FROM identity.external_identity WHERE email = 'dora@example.org'")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aSignedInUserLinksAndUnlinksAProvider() {
        UUID frank = account("frank@example.org", true);
        go("/login");
        browser.findElement(By.id("email")).sendKeys("frank@example.org");
        browser.findElement(By.id("password")).sendKeys("frank's long passphrase");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        waiting().until(page -> page.getCurrentUrl().endsWith("/account"));

        browser.findElement(By.linkText("Link")).click();
        providerLogin("eve");
        waiting().until(page -> page.getCurrentUrl().endsWith("/account?done=linked"));
        assertThat(main()).contains("eve@provider.test");
        assertThat(jdbc.sql("SELECT account_id FROM identity.external_identity WHERE email = 'eve@provider.test'")
                .query(UUID.class).single()).isEqualTo(frank);

        browser.findElement(By.cssSelector("form[action='/account/external/campus/unlink'] button")).click();
        waiting().until(page -> page.getCurrentUrl().endsWith("/account?done=unlinked"));
        assertThat(jdbc.sql("SELECT count(*) FROM identity.external_identity WHERE account_id = :a")
                .param("a", frank).query(Integer.class).single()).isZero();
    }

    private void signInWithProvider(String person) {
        go("/login");
        browser.findElement(By.linkText("Sign in with Campus")).click();
        providerLogin(person);
    }

    private void providerLogin(String person) {
        waiting().until(page -> page.getCurrentUrl().startsWith(TestOidcProvider.issuer(PROVIDER_PORT) + "/login"));
        browser.findElement(By.id("username")).sendKeys(person);
        browser.findElement(By.id("password")).sendKeys(TestOidcProvider.PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        waiting().until(page -> page.getCurrentUrl().startsWith("http://127.0.0.1:" + APP_PORT));
    }

    private String main() {
        return waiting().until(page -> page.findElement(By.tagName("main")).getText());
    }

    private UUID account(String email, boolean verified) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO identity.account (id, email, email_key, display_name, password_hash, role,
                                                      email_verified_at, created_at, updated_at)
                        VALUES (:id, :email, :email, 'Existing', :hash, 'STUDENT', :verified, now(), now())
                        """)
                .param("id", id).param("email", email)
                .param("hash", "{bcrypt}" + new BCryptPasswordEncoder(4).encode(email.substring(0, email.indexOf('@'))
                        + "'s long passphrase"))
                .param("verified", verified ? java.sql.Timestamp.from(java.time.Instant.now()) : null)
                .update();
        return id;
    }

    private UUID accountOf(String email) {
        return jdbc.sql("SELECT id FROM identity.account WHERE email_key = :e").param("e", email).query(UUID.class)
                .single();
    }

    private void go(String path) {
        browser.get("http://127.0.0.1:" + APP_PORT + path);
    }

    private WebDriverWait waiting() {
        return Browser.waitFor(browser, Duration.ofSeconds(15));
    }
}
