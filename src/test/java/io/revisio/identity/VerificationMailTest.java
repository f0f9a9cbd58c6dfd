package io.revisio.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.revisio.testing.Api;
import io.revisio.testing.IntegrationTest;
import io.revisio.testing.TestServers;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The verification link really travels over SMTP, and never appears in a log or the audit log. */
@IntegrationTest
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = {
        "revisio.mail.enabled=true",
        "revisio.mail.host=127.0.0.1",
        "revisio.mail.from=no-reply@revisio.test",
        "revisio.mail.starttls=false",
        "revisio.mail.outbox-interval=200ms"})
class VerificationMailTest {

    static final GreenMail SMTP = startSmtp();
    static final Pattern LINK = Pattern.compile("(http://localhost:8080/verify-email\\?token=([A-Za-z0-9_-]+))");

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("revisio.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @AfterAll
    static void stop() {
        SMTP.stop();
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theLinkArrivesByMailWorksAndIsNeverLogged(CapturedOutput output) throws Exception {
        Api api = new Api(mvc);
        api.post("/api/v1/auth/register",
                "{\"email\":\"vera@example.org\",\"password\":\"a long passphrase of hers\",\"displayName\":\"Vera\"}");

        MimeMessage mail = await().atMost(Duration.ofSeconds(10)).until(() -> java.util.Arrays.stream(
                SMTP.getReceivedMessages()).filter(VerificationMailTest::toVera).toList(), list -> list.size() == 1).get(0);
        assertThat(mail.getSubject()).isEqualTo("Confirm your e-mail address for Revisio");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("no-reply@revisio.test");
        Matcher link = LINK.matcher(GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "="));
        assertThat(link.find()).isTrue();
        String token = link.group(2);

        assertThat(api.post("/api/v1/auth/verify-email", "{\"token\":\"" + token + "\"}").status()).isEqualTo(204);
        assertThat(output.getAll()).doesNotContain(token);
        assertThat(jdbc.sql("SELECT count(*) FROM platform.audit_event WHERE details::text LIKE :t")
                .param("t", "%" + token + "%").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT body FROM notify.outbox_email WHERE recipient = 'vera@example.org'")
                .query(String.class).optional().orElse(null)).as("the body is dropped once sent").isNull();
    }

    @Test
    void resendingIsLimitedPerAccount() {
        Api api = new Api(mvc);
        api.post("/api/v1/auth/register",
                "{\"email\":\"walt@example.org\",\"password\":\"a long passphrase of his\",\"displayName\":\"Walt\"}");
        for (int i = 0; i < 5; i++) {
            assertThat(api.post("/api/v1/auth/verify-email/resend", "{\"email\":\"walt@example.org\"}").status())
                    .isEqualTo(202);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                "SELECT count(*) FROM notify.outbox_email WHERE recipient = 'walt@example.org' AND sent_at IS NULL")
                .query(Integer.class).single() == 0);
        assertThat(jdbc.sql("SELECT count(*) FROM notify.outbox_email WHERE recipient = 'walt@example.org'")
                .query(Integer.class).single()).as("the first link and three resends").isEqualTo(4);
    }

    private static boolean toVera(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString().equals("vera@example.org");
        } catch (jakarta.mail.MessagingException e) {
            return false;
        }
    }

    private static GreenMail startSmtp() {
        GreenMail mail = new GreenMail(new ServerSetup(TestServers.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return mail;
    }
}
