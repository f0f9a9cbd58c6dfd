package io.revisio.notify.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.notify.Email;
import io.revisio.notify.EmailOutbox;
import io.revisio.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** With e-mail switched off (the default), messages are kept, untouched, for when it is switched on. */
@IntegrationTest
class EmailOutboxWhileMailIsOffTest {

    @Autowired
    EmailOutbox outbox;

    @Autowired
    OutboxDispatcher dispatcher;

    @Autowired
    JdbcClient jdbc;

    @Test
    void messagesWaitUntouchedUntilMailIsSwitchedOn() {
        Email email = new Email("lin@student.test", "Your exam starts tomorrow", "Good luck, Lin.");
        outbox.enqueue(email); // outside any transaction, the row is committed at once

        assertThat(dispatcher.dispatchDue()).isZero();

        var row = jdbc.sql("SELECT attempts, sent_at IS NULL AS waiting, body FROM notify.outbox_email "
                + "WHERE subject = :subject").param("subject", email.subject()).query().singleRow();
        assertThat(row).containsEntry("attempts", 0).containsEntry("waiting", true)
                .containsEntry("body", "Good luck, Lin.");
    }
}
