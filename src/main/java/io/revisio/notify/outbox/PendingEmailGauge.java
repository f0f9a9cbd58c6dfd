package io.revisio.notify.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/** {@code revisio.mail.outbox.pending}: messages not yet sent, so a stuck outbox shows on a dashboard. */
@Component
class PendingEmailGauge implements MeterBinder {

    private final OutboxStore store;

    PendingEmailGauge(OutboxStore store) {
        this.store = store;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("revisio.mail.outbox.pending", this, PendingEmailGauge::pending)
                .description("E-mails waiting in the outbox to be sent")
                .strongReference(true)
                .register(registry);
    }

    private double pending() {
        try {
            return store.pendingCount();
        } catch (DataAccessException e) {
            return Double.NaN; // unknown while the database is away; readiness reports that already
        }
    }
}
