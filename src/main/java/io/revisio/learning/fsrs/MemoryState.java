package io.revisio.learning.fsrs;

/**
 * What FSRS knows about one memory.
 *
 * @param stability  days until the probability of recall falls to 90 %
 * @param difficulty 1 (easy) to 10 (hard)
 */
public record MemoryState(double stability, double difficulty) {

    public MemoryState {
        if (!(stability > 0) || !(difficulty >= 1 && difficulty <= 10)) {
            throw new IllegalArgumentException("no memory has stability " + stability + " and difficulty "
                    + difficulty);
        }
    }
}
