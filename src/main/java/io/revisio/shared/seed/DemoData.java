package io.revisio.shared.seed;

import java.util.List;

/**
 * Demo data a module loads for local and staging use. Loading must be idempotent: loading twice
 * leaves the same rows as loading once. Parts load in {@code @Order}: data that others refer to (accounts,
 * the syllabus) is ordered {@link #FOUNDATION}, data that refers to it {@link #BUILT_ON_FOUNDATION}.
 */
public interface DemoData {

    int FOUNDATION = 0;
    int BUILT_ON_FOUNDATION = 100;

    /** Short name printed by the seed command, e.g. {@code demo accounts}. */
    String name();

    /** Loads the data in one transaction, skipping whatever is already there. */
    void load();

    /** Lines printed once the application is ready, e.g. the demo accounts; none by default. */
    default List<String> announcement() {
        return List.of();
    }
}
