package io.revisio.notify;

import io.revisio.shared.config.CheckedProperties;
import io.revisio.shared.config.ConfigurationProblems;
import io.revisio.shared.config.Secret;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Outgoing e-mail over SMTP.
 *
 * @param enabled whether e-mail is sent at all
 * @param host SMTP server host
 * @param port SMTP server port
 * @param username SMTP user
 * @param password SMTP password
 * @param from sender address of every message
 * @param starttls require STARTTLS before authenticating
 * @param outboxInterval pause between two runs of the outbox dispatcher
 * @param outboxBatchSize most messages one dispatcher run sends
 */
@ConfigurationProperties("revisio.mail")
public record MailProperties(
        @DefaultValue("false") boolean enabled,
        String host,
        @DefaultValue("587") int port,
        String username,
        Secret password,
        String from,
        @DefaultValue("true") boolean starttls,
        @DefaultValue("5s") Duration outboxInterval,
        @DefaultValue("20") int outboxBatchSize) implements CheckedProperties {

    public MailProperties {
        password = password == null ? Secret.NONE : password;
    }

    @Override
    public void check(ConfigurationProblems problems, boolean production) {
        // Checked even while mail is off: the dispatcher is scheduled with them either way.
        if (outboxInterval == null || outboxInterval.isNegative() || outboxInterval.isZero()) {
            problems.add("revisio.mail.outbox-interval", "must be a positive duration such as 5s");
        }
        if (outboxBatchSize < 1 || outboxBatchSize > 1000) {
            problems.add("revisio.mail.outbox-batch-size", "must be between 1 and 1000");
        }
        if (!enabled) {
            return;
        }
        if (host == null || host.isBlank()) {
            problems.add("revisio.mail.host", "is missing while e-mail is enabled");
        }
        if (port < 1 || port > 65535) {
            problems.add("revisio.mail.port", "must be a TCP port");
        }
        if (from == null || !from.contains("@")) {
            problems.add("revisio.mail.from", "must be a sender e-mail address while e-mail is enabled");
        }
        if (production) {
            if (username == null || username.isBlank()) {
                problems.add("revisio.mail.username", "is missing while e-mail is enabled");
            }
            if (!password.isPresent()) {
                problems.add("revisio.mail.password", "is missing while e-mail is enabled");
            }
        }
    }
}
