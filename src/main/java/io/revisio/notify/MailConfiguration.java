package io.revisio.notify;

import java.util.Properties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The SMTP client, built from {@link MailProperties} so that there is one place to configure mail. */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    private static final String TIMEOUT_MILLIS = "5000";

    @Bean
    JavaMailSenderImpl mailSender(MailProperties mail) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(mail.host());
        sender.setPort(mail.port());
        sender.setUsername(mail.username());
        if (mail.password().isPresent()) {
            sender.setPassword(mail.password().value());
        }
        Properties properties = sender.getJavaMailProperties();
        properties.put("mail.smtp.auth", String.valueOf(mail.username() != null && !mail.username().isBlank()));
        properties.put("mail.smtp.starttls.enable", String.valueOf(mail.starttls()));
        properties.put("mail.smtp.starttls.required", String.valueOf(mail.starttls()));
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        return sender;
    }
}
