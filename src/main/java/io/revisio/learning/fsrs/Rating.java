package io.revisio.learning.fsrs;

/** How well a card was recalled, on FSRS's four-point scale. */
public enum Rating {
    AGAIN(1), HARD(2), GOOD(3), EASY(4);

    private final int grade;

    Rating(int grade) {
        this.grade = grade;
    }

    /** 1 (Again) to 4 (Easy), the G of the formulas. */
    public int grade() {
        return grade;
    }

    public static Rating ofGrade(int grade) {
        for (Rating rating : values()) {
            if (rating.grade == grade) {
                return rating;
            }
        }
        throw new IllegalArgumentException("a rating is 1 (Again) to 4 (Easy), not " + grade);
    }
}
