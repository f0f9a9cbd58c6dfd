/**
 * Running the platform: configuration checks, local embedded infrastructure, health and readiness,
 * request ids, error responses, HTTP security baseline, the web shell, and the operator commands.
 */
@ApplicationModule(displayName = "Platform")
package io.revisio.platform;

import org.springframework.modulith.ApplicationModule;
