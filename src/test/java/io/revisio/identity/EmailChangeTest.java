package io.revisio.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.testing.Api;
import io.revisio.testing.Inbox;
import io.revisio.testing.IntegrationTest;
import io.revisio.testing.TestAccounts;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Changing the e-mail address: proven by the password, then by a link to the new address. */
@IntegrationTest
class EmailChangeTest {

    static final String PASSWORD = "an unremarkable passphrase";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    Api api;
    Inbox inbox;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
        inbox = new Inbox(jdbc);
    }

    @Test
    void theNewAddressConfirmsTheChangeAndTheOldOneIsTold() {
        String access = account("xena@example.org");
        Api.Response wrong = request(access, "xena@new.example", "not the passphrase");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.<List<String>>json("$.errors[*].field")).containsExactly("currentPassword");

        assertThat(request(access, "Xena@New.example", PASSWORD).status()).isEqualTo(202);
        assertThat(inbox.latest("xena@example.org").orElseThrow().subject()).contains("change of your Revisio e-mail");
        Inbox.Message link = inbox.latest("xena@new.example").orElseThrow();
        assertThat(link.body()).contains("/confirm-email?token=");
        assertThat(login("xena@new.example").status()).as("nothing changes before the link").isEqualTo(401);

        assertThat(api.post("/api/v1/auth/confirm-email", "{\"token\":\"" + link.token() + "\"}").status()).isEqualTo(204);
        assertThat(api.post("/api/v1/auth/confirm-email", "{\"token\":\"" + link.token() + "\"}").status())
                .as("single use").isEqualTo(400);
        assertThat(login("xena@new.example").status()).isEqualTo(200);
        assertThat(login("xena@example.org").status()).isEqualTo(401);
        assertThat(inbox.latest("xena@example.org").orElseThrow().subject()).isEqualTo("Your Revisio e-mail address was changed");
        assertThat(jdbc.sql("SELECT details::text FROM platform.audit_event WHERE action = 'email.changed'")
                .query(String.class).single()).contains("xena@example.org").contains("Xena@New.example");
    }

    @Test
    void aTakenAddressIsNotRevealedAndNothingChanges() {
        String access = account("yara@example.org");
        account("zoe@example.org");
        Api.Response taken = request(access, "zoe@example.org", PASSWORD);
        assertThat(taken.status()).isEqualTo(202);
        assertThat(taken.body()).isEqualTo(request(access, "free@example.org", PASSWORD).body());
        assertThat(inbox.latest("zoe@example.org").orElseThrow().subject()).contains("Someone tried to use your address");
        assertThat(inbox.latest("zoe@example.org").orElseThrow().body()).doesNotContain("token=");
        assertThat(login("yara@example.org").status()).isEqualTo(200);
    }

    private Api.Response request(String access, String newEmail, String password) {
        return api.post("/api/v1/me/email", "{\"newEmail\":\"" + newEmail + "\",\"currentPassword\":\"" + password + "\"}",
                access);
    }

    private String account(String email) {
        TestAccounts.create(jdbc, email, PASSWORD);
        return login(email).json("$.accessToken");
    }

    private Api.Response login(String email) {
        return api.post("/api/v1/auth/login", "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}");
    }
}
