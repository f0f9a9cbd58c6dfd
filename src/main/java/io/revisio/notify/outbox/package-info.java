/**
 * The durable e-mail outbox: messages are rows written in the caller's transaction and delivered over
 * SMTP by a scheduled dispatcher, with retries and backoff.
 */
package io.revisio.notify.outbox;
