package io.revisio.notify;

/**
 * The durable way to send e-mail: {@link #enqueue} stores the message in the caller's transaction, and
 * a background dispatcher delivers it over SMTP with retries and backoff, so a message is sent exactly
 * when the change that caused it commits, and nothing is lost while the SMTP server is away.
 */
public interface EmailOutbox {

    void enqueue(Email email);
}
