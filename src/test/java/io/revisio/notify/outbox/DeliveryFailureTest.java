package io.revisio.notify.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;

class DeliveryFailureTest {

    private static final String BODY = "Open https://revisio.test/verify/Zq81xK to confirm your address.";

    @Test
    void namesTheFailureAndItsRootCause() {
        Exception failure = new MailSendException("Mail server connection failed",
                new MessagingException("Couldn't connect to host", new ConnectException("Connection refused")));

        assertThat(DeliveryFailure.of(failure, BODY).description())
                .isEqualTo("MailSendException / ConnectException: Connection refused");
    }

    @Test
    void neverRepeatsTheBodyOrALink() {
        Exception echoingBody = new MailSendException("554 rejected:\n" + BODY);
        Exception quotingLink = new MailSendException("554 blocked link https://revisio.test/verify/Zq81xK here");

        assertThat(DeliveryFailure.of(echoingBody, BODY).description()).isEqualTo("MailSendException");
        assertThat(DeliveryFailure.of(quotingLink, BODY).description())
                .isEqualTo("MailSendException: 554 blocked link [link] here")
                .doesNotContain("Zq81xK");
    }

    @Test
    void staysShort() {
        Exception chatty = new MailSendException("x".repeat(5000));

        assertThat(DeliveryFailure.of(chatty, BODY).description()).hasSize(DeliveryFailure.MAX_LENGTH)
                .startsWith("MailSendException: xxx");
        assertThat(DeliveryFailure.of(new IllegalStateException(), BODY).description())
                .isEqualTo("IllegalStateException");
    }
}
