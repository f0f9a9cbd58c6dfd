/**
 * Accounts, credentials, tokens, device sessions, MFA, OAuth/OIDC and roles.
 */
@ApplicationModule(displayName = "Identity")
package io.revisio.identity;

import org.springframework.modulith.ApplicationModule;
