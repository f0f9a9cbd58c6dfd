package io.revisio.learning.irt;

/**
 * One calibrated question: its 2PL parameters with standard errors, its fit statistics ({@link ItemFit}),
 * the number of answers and their share correct.
 */
public record ItemEstimate(String item, ItemParameters parameters, double discriminationSe, double difficultySe,
        ItemFit fit, int responses, double shareCorrect) {
}
