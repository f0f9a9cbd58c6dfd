package io.revisio.learning.difficulty;

/**
 * How far one answer moves a rating that already rests on n answers: K(n) = scale / (1 + decay n). Early
 * answers move a new rating a lot, and later ones less and less, so ratings settle without freezing. This
 * is the uncertainty function of Papousek, Pelanek and Stanislav (2014), Adaptive practice of facts in
 * domains with varied prior knowledge (EDM 2014), also described in Pelanek (2016), Applications of the Elo
 * rating system in adaptive educational systems (Computers and Education 98). The defaults are ours, set
 * on the simulated cohort (docs/learning/mastery.md).
 */
public record StepSize(double scale, double decay) {

    public static final StepSize DEFAULT = new StepSize(1.0, 0.05);

    public StepSize {
        if (!(scale > 0 && scale <= 10) || !(decay >= 0 && decay <= 10)) {
            throw new IllegalArgumentException("step scale must be in (0, 10] and decay in [0, 10]");
        }
    }

    public double after(int answers) {
        return scale / (1 + decay * answers);
    }
}
