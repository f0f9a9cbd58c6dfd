package io.revisio.shared.rebuild;

/**
 * Derived state a module can recompute from its append-only facts (revision cards from reviews, for
 * example). The {@code rebuild} command runs one by name.
 */
public interface Rebuildable {

    /** The name the command takes, e.g. {@code revision-cards}. */
    String name();

    /** Recomputes everything in one transaction and says what it did, e.g. 1,204 cards from 9,911 reviews. */
    String rebuild();
}
