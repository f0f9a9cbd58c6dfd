package io.revisio.platform;

/**
 * The append-only audit log: who did what to what, from where and when. Writes join the caller's
 * transaction, so an audited change and its audit row commit (or roll back) together.
 */
public interface AuditLog {

    void record(AuditEvent event);
}
