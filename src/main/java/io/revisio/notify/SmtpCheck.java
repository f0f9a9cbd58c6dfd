package io.revisio.notify;

import io.revisio.shared.health.DependencyCheck;
import io.revisio.shared.health.DependencyState;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/** SMTP is a soft dependency: mail waits in the outbox while the server is away. */
@Component
class SmtpCheck implements DependencyCheck {

    private final MailProperties mail;
    private final JavaMailSenderImpl sender;

    SmtpCheck(MailProperties mail, JavaMailSenderImpl sender) {
        this.mail = mail;
        this.sender = sender;
    }

    @Override
    public String component() {
        return "smtp";
    }

    @Override
    public boolean hard() {
        return false;
    }

    @Override
    public DependencyState probe() throws Exception {
        if (!mail.enabled()) {
            return DependencyState.DISABLED;
        }
        sender.testConnection();
        return DependencyState.UP;
    }
}
