package io.revisio.testing;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads e-mail waiting in the outbox (tests run with SMTP delivery off), as a user would read their inbox. */
public final class Inbox {

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");

    private final JdbcClient jdbc;

    public Inbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Message(String subject, String body) {
        public String token() {
            Matcher matcher = TOKEN.matcher(body);
            if (!matcher.find()) {
                throw new AssertionError("No link with a token in: " + subject);
            }
            return matcher.group(1);
        }
    }

    public Optional<Message> latest(String recipient) {
        return jdbc.sql("""
                        SELECT subject, body FROM notify.outbox_email
                        WHERE lower(recipient) = lower(:to) ORDER BY created_at DESC, id LIMIT 1
                        """)
                .param("to", recipient)
                .query((row, n) -> new Message(row.getString("subject"), row.getString("body")))
                .optional();
    }

    public int count(String recipient) {
        return jdbc.sql("SELECT count(*) FROM notify.outbox_email WHERE lower(recipient) = lower(:to)")
                .param("to", recipient).query(Integer.class).single();
    }
}
