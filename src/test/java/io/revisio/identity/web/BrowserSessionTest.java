package io.revisio.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.revisio.identity.Role;
import io.revisio.identity.session.TokenPair;
import io.revisio.testing.IntegrationTest;
import io.revisio.testing.RealCsrf;
import io.revisio.testing.TestAccounts;
import io.revisio.testing.SignedInUsers;
import jakarta.servlet.http.Cookie;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The browser holds its tokens in HttpOnly, Secure, SameSite cookies, refreshed without scripts. */
@IntegrationTest
class BrowserSessionTest {

    static final String PASSWORD = "a browser user's passphrase";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SignedInUsers users;

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @Test
    void signingInSetsProtectedCookiesAndNoTokenInThePage() throws Exception {
        account("rosa@example.org");
        MockHttpServletResponse response = mvc.perform(post("/login").with(RealCsrf.token())
                .param("email", "rosa@example.org").param("password", PASSWORD).param("next", "/account"))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).isEqualTo("/account");
        List<String> cookies = response.getHeaders("Set-Cookie").stream().filter(c -> c.startsWith("revisio_")).toList();
        assertThat(response.getHeaders("Set-Cookie")).as("a new sign-in gets a new CSRF token")
                .anySatisfy(c -> assertThat(c).startsWith("XSRF-TOKEN=;").contains("Max-Age=0"));
        assertThat(cookies).anySatisfy(c -> assertThat(c).startsWith("revisio_access="))
                .anySatisfy(c -> assertThat(c).startsWith("revisio_refresh="))
                .allSatisfy(c -> assertThat(c).contains("HttpOnly").contains("Secure").contains("SameSite=Lax"));
        assertThat(response.getContentAsString()).doesNotContain("eyJ");

        String access = cookieValue(cookies, "revisio_access");
        String page = mvc.perform(get("/account").cookie(new Cookie("revisio_access", access)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("rosa@example.org").doesNotContain(access);
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
        account("sam@example.org");
        assertThat(mvc.perform(post("/login").param("email", "sam@example.org").param("password", PASSWORD))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    /** Over real HTTP: MockMvc's own CSRF support would stand in for the cookie repository. */
    @Test
    void htmxRequestsCarryTheTokenInAHeaderTheServerAccepts() throws Exception {
        TokenPair tokens = users.as(Role.STUDENT);
        String access = "revisio_access=" + tokens.accessToken();
        HttpResponse<String> page = http(HttpRequest.newBuilder(url("/account")).header("Cookie", access).GET());
        assertThat(page.body()).contains("<script src=\"/js/revisio.js\" defer></script>")
                .contains("<meta name=\"csrf-header\" content=\"X-XSRF-TOKEN\">");
        java.util.regex.Matcher meta = java.util.regex.Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\">")
                .matcher(page.body());
        assertThat(meta.find()).isTrue();
        String csrfCookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("XSRF-TOKEN="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
        String cookies = access + "; " + csrfCookie;
        HttpResponse<String> accepted = http(HttpRequest.newBuilder(url("/account/profile"))
                .header("Cookie", cookies).header("HX-Request", "true").header("X-XSRF-TOKEN", meta.group(1))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("displayName=Via+htmx")));
        assertThat(accepted.statusCode()).isEqualTo(302);
        HttpResponse<String> forged = http(HttpRequest.newBuilder(url("/account/profile"))
                .header("Cookie", cookies).header("HX-Request", "true").header("X-XSRF-TOKEN", "not-the-token")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("displayName=Forged")));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(http(HttpRequest.newBuilder(url("/js/revisio.js")).GET()).body())
                .contains("htmx:configRequest").contains("csrf-header");
    }

    private java.net.URI url(String path) {
        return java.net.URI.create("http://127.0.0.1:" + port + path);
    }

    private static HttpResponse<String> http(HttpRequest.Builder request) throws Exception {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aWrongPasswordShowsTheFormAgainWithAMessage() throws Exception {
        account("tom@example.org");
        MockHttpServletResponse response = mvc.perform(post("/login").with(RealCsrf.token())
                .param("email", "tom@example.org").param("password", "not the passphrase")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("The e-mail or password is wrong.")
                .contains("value=\"tom@example.org\"");
        assertThat(response.getHeaders("Set-Cookie")).noneSatisfy(c -> assertThat(c).startsWith("revisio_access=e"));
    }

    @Test
    void anExpiredAccessCookieIsRenewedWithTheRefreshCookie() throws Exception {
        TokenPair tokens = users.as(Role.STUDENT);
        MockHttpServletResponse response = mvc.perform(get("/account")
                        .cookie(new Cookie("revisio_access", "expired-or-garbage"),
                                new Cookie("revisio_refresh", tokens.refreshToken())))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("Your account");
        String renewedRefresh = cookieValue(response.getHeaders("Set-Cookie"), "revisio_refresh");
        assertThat(renewedRefresh).isNotBlank().isNotEqualTo(tokens.refreshToken());
    }

    @Test
    void anEndedSessionLeavesPublicPagesWorkingAndSendsPrivateOnesToSignIn() throws Exception {
        TokenPair tokens = users.as(Role.STUDENT);
        mvc.perform(post("/logout").with(RealCsrf.token()).cookie(new Cookie("revisio_access", tokens.accessToken())));
        Cookie[] stale = {new Cookie("revisio_access", tokens.accessToken()),
                new Cookie("revisio_refresh", tokens.refreshToken())};
        MockHttpServletResponse home = mvc.perform(get("/").cookie(stale)).andReturn().getResponse();
        assertThat(home.getStatus()).isEqualTo(200);
        assertThat(home.getContentAsString()).contains("Sign in");
        assertThat(home.getHeaders("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("revisio_access=;"));
        MockHttpServletResponse account = mvc.perform(get("/account").cookie(stale)).andReturn().getResponse();
        assertThat(account.getStatus()).isEqualTo(302);
        assertThat(account.getRedirectedUrl()).isEqualTo("/login?next=%2Faccount");
    }

    @Test
    void signInOnlyRedirectsWithinTheSite() {
        assertThat(SignInPages.safe("/account")).isEqualTo("/account");
        assertThat(SignInPages.safe("https://evil.example/")).isEqualTo("/account");
        assertThat(SignInPages.safe("//evil.example/")).isEqualTo("/account");
        assertThat(SignInPages.safe("/\\evil.example")).isEqualTo("/account");
        assertThat(SignInPages.safe("")).isEqualTo("/account");
    }

    private void account(String email) {
        TestAccounts.create(jdbc, email, PASSWORD);
    }

    private static String cookieValue(List<String> setCookies, String name) {
        return setCookies.stream().filter(c -> c.startsWith(name + "=")).findFirst()
                .map(c -> c.substring(name.length() + 1, c.indexOf(';'))).orElseThrow();
    }
}
