package io.revisio.identity;

import java.util.Optional;
import java.util.UUID;

/** The demo accounts, for other modules' demo data: questions written by the demo editor, for example. */
public interface DemoAccountLookup {

    /** The demo account with this role, or empty while the demo accounts are not loaded. */
    Optional<UUID> demoAccount(Role role);
}
