package io.revisio.learning.fsrs;

/** Where a card is in its life: never seen, in its first short steps, on day intervals, or relearning after a lapse. */
public enum CardPhase {
    NEW, LEARNING, REVIEW, RELEARNING
}
