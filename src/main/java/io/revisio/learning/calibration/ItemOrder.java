package io.revisio.learning.calibration;

import java.util.Arrays;

/** Which of a run's items to list and in what order. */
record ItemOrder(boolean flaggedOnly, Sort sort, boolean ascending) {

    /** The orders the list can take, each with its default direction (the most suspect items first). */
    enum Sort {
        Q1("q1", "q1", false),
        OUTFIT("outfit", "outfit", false),
        INFIT("infit", "infit", false),
        DISCRIMINATION("discrimination", "discrimination", true),
        DIFFICULTY("difficulty", "difficulty", true),
        ANSWERS("answers", "answers", false);

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
            return Arrays.stream(values()).filter(sort -> sort.wireName.equals(name)).findFirst().orElse(null);
        }

        static String choices() {
            return String.join(", ", Arrays.stream(values()).map(sort -> sort.wireName).toList());
        }

        String wireName() {
            return wireName;
        }
    }
}
