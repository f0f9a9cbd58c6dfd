package io.revisio.analytics.item;

import io.revisio.shared.paging.PageRequest;
import java.util.Set;
import java.util.UUID;

/**
 * Which item statistics to list and in what order.
 *
 * @param themes  only questions filed under one of these themes (with {@code concept}: or carrying it); null
 *                for no syllabus filter
 * @param concept only questions carrying this concept, or null
 */
record ItemQuery(boolean flaggedOnly, Set<UUID> themes, UUID concept, long minAnswers, Sort sort, boolean ascending,
        PageRequest page) {

    /** The orders a list can take, with the direction each takes unless told otherwise. */
    enum Sort {
        ANSWERS("answers", "s.answers", false),
        SHARE_CORRECT("shareCorrect", "s.share_correct", true),
        DISCRIMINATION("discrimination", "s.discrimination", true);

        final String wireName;
        final String column;
        final boolean ascendingByDefault;

        Sort(String wireName, String column, boolean ascendingByDefault) {
            this.wireName = wireName;
            this.column = column;
            this.ascendingByDefault = ascendingByDefault;
        }

        /** The sort of this wire name, or null when there is none. */
        static Sort named(String name) {
            for (Sort sort : values()) {
                if (sort.wireName.equals(name)) {
                    return sort;
                }
            }
            return null;
        }

        String wireName() {
            return wireName;
        }

        static String choices() {
            return String.join(", ", java.util.Arrays.stream(values()).map(Sort::wireName).toList());
        }
    }

    /** The direction's wire name: asc or desc. */
    String order() {
        return ascending ? "asc" : "desc";
    }
}
