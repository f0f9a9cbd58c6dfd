package io.revisio.learning.evaluation;

import java.util.Comparator;
import java.util.List;

/**
 * Area under the ROC curve: the chance that a randomly chosen right answer got a higher prediction than a
 * randomly chosen wrong one, ties counting half. Computed from ranks (the Mann-Whitney U statistic over
 * positives times negatives), tied predictions sharing their mean rank. NaN when all answers are alike.
 */
public record Auc(double value, int right, int wrong) {

    public static Auc of(List<Prediction> predictions) {
        List<Prediction> sorted = predictions.stream()
                .sorted(Comparator.comparingDouble(Prediction::probability)).toList();
        double rankSum = 0;
        int right = 0;
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            while (j < sorted.size() && sorted.get(j).probability() == sorted.get(i).probability()) {
                j++;
            }
            double meanRank = (i + 1 + j) / 2.0; // ranks i+1 .. j share their mean
            for (int k = i; k < j; k++) {
                if (sorted.get(k).correct()) {
                    rankSum += meanRank;
                    right++;
                }
            }
            i = j;
        }
        int wrong = sorted.size() - right;
        double u = rankSum - right * (right + 1) / 2.0;
        return new Auc(right == 0 || wrong == 0 ? Double.NaN : u / ((double) right * wrong), right, wrong);
    }
}
