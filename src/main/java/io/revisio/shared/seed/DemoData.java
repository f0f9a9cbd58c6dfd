package io.revisio.shared.seed;

import java.util.List;

/**
 * Demo data a module loads for local and staging use. Loading must be idempotent: loading twice
 * leaves the same rows as loading once.
 */
public interface DemoData {

    /** Short name printed by the seed command, e.g. {@code demo accounts}. */
    String name();

    /** Loads the data in one transaction, skipping whatever is already there. */
    void load();

    /** Lines printed once the application is ready, e.g. the demo accounts; none by default. */
    default List<String> announcement() {
        return List.of();
    }
}
