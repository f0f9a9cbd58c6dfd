package io.revisio.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.testing.IntegrationTest;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.AsyncTaskExecutor;

/**
 * Event listeners run on a small fixed pool whatever the JDK: a burst of work queues instead of taking a thread
 * (and a database connection) each.
 */
@IntegrationTest
class EventListenerThreadsTest {

    @Autowired
    @Qualifier("applicationTaskExecutor")
    AsyncTaskExecutor listeners;

    @Test
    void aBurstOfListenerWorkRunsTwoAtATimeAndAllOfItRuns() throws InterruptedException {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        Set<String> threads = ConcurrentHashMap.newKeySet();
        CountDownLatch done = new CountDownLatch(12);
        for (int i = 0; i < 12; i++) {
            listeners.execute(() -> {
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                threads.add(Thread.currentThread().getName());
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                running.decrementAndGet();
                done.countDown();
            });
        }
        assertThat(done.await(10, TimeUnit.SECONDS)).as("every task ran").isTrue();
        assertThat(most.get()).isEqualTo(2);
        assertThat(threads).hasSize(2);
    }
}
