package io.revisio.notify.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micrometer.core.instrument.MeterRegistry;
import io.revisio.notify.Email;
import io.revisio.notify.EmailOutbox;
import io.revisio.testing.IntegrationTest;
import io.revisio.testing.TestServers;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox against a real SMTP server (GreenMail) and a real database, with the dispatcher running on
 * its schedule every 200 ms, the way it runs in production.
 */
@IntegrationTest
@DirtiesContext // its dispatcher polls every 200 ms: do not leave it running behind later test classes
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = {
        "revisio.mail.enabled=true",
        "revisio.mail.host=127.0.0.1",
        "revisio.mail.from=noreply@revisio.test",
        "revisio.mail.starttls=false",
        "revisio.mail.outbox-interval=200ms",
        "revisio.mail.outbox-batch-size=10"})
class EmailOutboxDeliveryTest {

    private static final int SMTP_PORT = TestServers.freePort();
    private static final Duration PATIENCE = Duration.ofSeconds(15);

    private static GreenMail smtp = startSmtp();

    @Autowired
    EmailOutbox outbox;

    @Autowired
    OutboxDispatcher dispatcher;

    @Autowired
    OutboxStore store;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    @Autowired
    PlatformTransactionManager transactionManager;

    record OutboxRow(int attempts, Instant nextAttemptAt, Instant sentAt, String body, String lastError) {
    }

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry registry) {
        registry.add("revisio.mail.port", () -> SMTP_PORT);
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @Test
    void aCommittedMessageIsDeliveredOnceFromTheSenderAndItsBodyIsThenForgotten(CapturedOutput output)
            throws Exception {
        Email welcome = new Email("ada@student.test", "Confirm your address for Révision",
                "Bonjour Ada,\nopen https://revisio.test/verify/Ab12Cd34 to confirm your address — merci.");

        enqueueCommitted(welcome);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(copiesOf(welcome.subject())).hasSize(1));
        MimeMessage received = copiesOf(welcome.subject()).get(0);
        assertThat(addresses(received.getFrom())).containsExactly("noreply@revisio.test");
        assertThat(addresses(received.getRecipients(Message.RecipientType.TO))).containsExactly("ada@student.test");
        assertThat(received.getSubject()).isEqualTo("Confirm your address for Révision");
        assertThat(textOf(received)).isEqualTo(welcome.text());

        OutboxRow row = row(welcome.subject());
        assertThat(row.sentAt()).isNotNull();
        assertThat(row.attempts()).isEqualTo(1);
        assertThat(row.body()).as("the one-time link is not kept once sent").isNull();
        // Many more dispatcher runs later, still one copy.
        await().during(Duration.ofSeconds(1)).atMost(PATIENCE)
                .until(() -> copiesOf(welcome.subject()).size() == 1);
        assertThat(output.getAll()).contains("sent to ada@student.test").doesNotContain("Ab12Cd34");
    }

    @Test
    void aMessageOfARolledBackTransactionIsNeverSent() {
        Email unwanted = new Email("bob@student.test", "Welcome to a sign-up that failed", "You should not read this.");
        Email marker = new Email("bob@student.test", "Sent after the failed sign-up", "Queued after it.");

        assertThatIllegalStateException().isThrownBy(() -> transactions().executeWithoutResult(status -> {
            outbox.enqueue(unwanted);
            throw new IllegalStateException("sign-up failed after queueing its e-mail");
        }));
        transactions().executeWithoutResult(status -> {
            outbox.enqueue(unwanted);
            status.setRollbackOnly();
        });
        enqueueCommitted(marker);

        // The outbox is worked oldest first, so by the time the later message arrives, the earlier would have.
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(copiesOf(marker.subject())).hasSize(1));
        assertThat(copiesOf(unwanted.subject())).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM notify.outbox_email WHERE subject = :subject")
                .param("subject", unwanted.subject()).query(Long.class).single()).isZero();
    }

    @Test
    void whileSmtpIsDownAMessageWaitsAndIsRetriedThenArrivesWhenSmtpIsBack(CapturedOutput output) throws Exception {
        Email reset = new Email("grace@student.test", "Reset your password",
                "Reset it at https://revisio.test/reset/Tk93Lw within one hour.");
        smtp.stop();
        try {
            enqueueCommitted(reset);

            await().atMost(PATIENCE).untilAsserted(() -> assertThat(row(reset.subject()).attempts()).isEqualTo(1));
            OutboxRow waiting = row(reset.subject());
            assertThat(waiting.sentAt()).isNull();
            assertThat(waiting.body()).isEqualTo(reset.text());
            assertThat(waiting.nextAttemptAt()).isBetween(Instant.now().plusSeconds(20), Instant.now().plusSeconds(31));
            assertThat(waiting.lastError()).containsIgnoringCase("connect").doesNotContain("Tk93Lw")
                    .hasSizeLessThanOrEqualTo(DeliveryFailure.MAX_LENGTH);
            assertThat(pendingGauge()).isEqualTo(1.0);

            makeDueNow(reset.subject()); // instead of waiting 30 s for the backoff
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(row(reset.subject()).attempts()).isEqualTo(2));
            OutboxRow stillWaiting = row(reset.subject());
            assertThat(stillWaiting.sentAt()).isNull();
            assertThat(stillWaiting.nextAttemptAt()).as("the backoff doubled")
                    .isBetween(Instant.now().plusSeconds(50), Instant.now().plusSeconds(61));
        } finally {
            smtp = startSmtp();
        }

        makeDueNow(reset.subject());
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(copiesOf(reset.subject())).hasSize(1));
        assertThat(textOf(copiesOf(reset.subject()).get(0))).isEqualTo(reset.text());
        OutboxRow sent = row(reset.subject());
        assertThat(sent.sentAt()).isNotNull();
        assertThat(sent.attempts()).isEqualTo(3);
        assertThat(sent.body()).isNull();
        assertThat(pendingGauge()).isZero();
        assertThat(output.getAll()).contains(reset.subject()).doesNotContain("Tk93Lw");
    }

    @Test
    void twoRunsAtTheSameTimeDeliverEachMessageExactlyOnce() throws Exception {
        List<String> subjects = IntStream.rangeClosed(1, 30).mapToObj(n -> "Your revision digest no. " + n).toList();
        transactions().executeWithoutResult(status -> subjects.forEach(
                subject -> outbox.enqueue(new Email("many@student.test", subject, "Ten cards are due today."))));

        CyclicBarrier together = new CyclicBarrier(2);
        Callable<Integer> run = () -> {
            together.await(10, TimeUnit.SECONDS);
            return dispatcher.dispatchDue();
        };
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            for (Future<Integer> result : instances.invokeAll(List.of(run, run))) {
                result.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            }
        } finally {
            instances.shutdownNow();
        }

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(receivedCounts(subjects).keySet())
                .containsExactlyInAnyOrderElementsOf(subjects));
        // The scheduled runs keep going too; no message may ever arrive twice.
        await().during(Duration.ofSeconds(1)).atMost(PATIENCE)
                .until(() -> receivedCounts(subjects).values().stream().allMatch(copies -> copies == 1));
        assertThat(jdbc.sql("SELECT count(*) FROM notify.outbox_email WHERE subject LIKE 'Your revision digest%' "
                + "AND sent_at IS NOT NULL AND attempts = 1").query(Long.class).single()).isEqualTo(30);
    }

    @Test
    void aMessageLockedByOneRunIsSkippedByAnotherWithoutWaiting() throws Exception {
        // Due only for the "now" this test passes, never for the scheduled runs, which use the real clock.
        Instant later = Instant.now().plus(Duration.ofDays(1));
        Instant testNow = later.plus(Duration.ofDays(1));
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        transactions().executeWithoutResult(status -> {
            store.add(first, new Email("held@student.test", "Held by one run", "First."), later);
            store.add(second, new Email("free@student.test", "Free for another run", "Second."), later.plusSeconds(1));
        });
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService otherRun = Executors.newSingleThreadExecutor();
        try {
            Future<Optional<OutboxMessage>> held = otherRun.submit(() -> transactions().execute(status -> {
                Optional<OutboxMessage> message = store.lockNextDue(testNow);
                locked.countDown();
                awaitQuietly(release);
                return message;
            }));
            assertThat(locked.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();

            Optional<OutboxMessage> mine = CompletableFuture
                    .supplyAsync(() -> transactions().execute(status -> store.lockNextDue(testNow)))
                    .get(5, TimeUnit.SECONDS); // a run that waited for the lock would time out here

            assertThat(mine).map(OutboxMessage::id).contains(second);
            release.countDown();
            assertThat(held.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).map(OutboxMessage::id).contains(first);
        } finally {
            release.countDown();
            otherRun.shutdownNow();
            jdbc.sql("DELETE FROM notify.outbox_email WHERE id IN (:ids)").param("ids", List.of(first, second))
                    .update();
        }
    }

    private TransactionTemplate transactions() {
        return new TransactionTemplate(transactionManager);
    }

    private void enqueueCommitted(Email... emails) {
        transactions().executeWithoutResult(status -> Arrays.stream(emails).forEach(outbox::enqueue));
    }

    private void makeDueNow(String subject) {
        jdbc.sql("UPDATE notify.outbox_email SET next_attempt_at = now() WHERE subject = :subject")
                .param("subject", subject).update();
    }

    private OutboxRow row(String subject) {
        return jdbc.sql("""
                        SELECT attempts, next_attempt_at, sent_at, body, last_error
                        FROM notify.outbox_email WHERE subject = :subject
                        """)
                .param("subject", subject)
                .query((rs, n) -> new OutboxRow(rs.getInt("attempts"),
                        instant(rs.getObject("next_attempt_at", OffsetDateTime.class)),
                        instant(rs.getObject("sent_at", OffsetDateTime.class)),
                        rs.getString("body"), rs.getString("last_error")))
                .single();
    }

    private double pendingGauge() {
        return meters.get("revisio.mail.outbox.pending").gauge().value();
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static List<MimeMessage> copiesOf(String subject) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> subject.equals(subjectOf(m))).toList();
    }

    private static Map<String, Long> receivedCounts(List<String> subjects) {
        return Arrays.stream(smtp.getReceivedMessages()).map(EmailOutboxDeliveryTest::subjectOf)
                .filter(subjects::contains)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String textOf(MimeMessage message) throws MessagingException, IOException {
        return ((String) message.getContent()).replace("\r\n", "\n");
    }

    private static List<String> addresses(jakarta.mail.Address[] addresses) {
        return Arrays.stream(addresses).map(address -> ((InternetAddress) address).getAddress()).toList();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static GreenMail startSmtp() {
        GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }
}
