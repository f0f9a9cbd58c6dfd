package io.revisio.learning.calibration;

/**
 * Which first answers one run calibrates on (see {@link FirstResponses}).
 *
 * @param minItemAnswers    first answers a question needs
 * @param minStudentAnswers first answers to those questions a student needs
 * @param maxResponses      most first answers read
 */
record CalibrationSettings(int minItemAnswers, int minStudentAnswers, int maxResponses) {
}
