/**
 * E-mail (through a durable outbox) and in-app notifications.
 */
@ApplicationModule(displayName = "Notify")
package io.revisio.notify;

import org.springframework.modulith.ApplicationModule;
