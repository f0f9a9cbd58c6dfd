package io.revisio.analytics.item;

import java.util.List;
import java.util.UUID;

/** A question's statistics with how each option of each answered version was chosen, newest version first. */
public record ItemDetail(ItemSummary item, List<VersionShares> versions) {

    public ItemDetail {
        versions = List.copyOf(versions);
    }

    /** @param correctOption the key's index among the version's options, as stored */
    public record VersionShares(UUID versionId, int number, long answers, double shareCorrect, int correctOption,
            List<OptionShare> options) {

        public VersionShares {
            options = List.copyOf(options);
        }
    }

    /** @param share the part of the version's answers that chose this option, 0 to 1 */
    public record OptionShare(int option, boolean key, long chosen, double share) {
    }
}
