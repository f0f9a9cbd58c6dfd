package io.revisio.notify.outbox;

import io.revisio.notify.MailProperties;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Hands one message to the SMTP server, as UTF-8 plain text from the configured sender. */
@Component
class MailDelivery {

    private final JavaMailSenderImpl sender;
    private final MailProperties mail;

    MailDelivery(JavaMailSenderImpl sender, MailProperties mail) {
        this.sender = sender;
        this.mail = mail;
    }

    void deliver(OutboxMessage message) throws MessagingException {
        MimeMessage mime = sender.createMimeMessage();
        // UTF-8 explicitly: subjects and bodies carry accents, and the JVM default may be ASCII.
        MimeMessageHelper helper = new MimeMessageHelper(mime, StandardCharsets.UTF_8.name());
        helper.setFrom(mail.from());
        helper.setTo(message.recipient());
        helper.setSubject(message.subject());
        helper.setText(message.body(), false);
        sender.send(mime);
    }
}
