package io.revisio.content.question;

/**
 * Where a demo question is left in the workflow, chosen by its position in the demo bank, so that every
 * state shows up in every part of the syllabus and the same question always lands in the same state.
 * Three quarters of the bank is published; one in twenty of those is being edited in a newer draft.
 */
enum DemoStage {
    DRAFT, IN_REVIEW, CHANGES_REQUESTED, APPROVED, ARCHIVED, PUBLISHED_WITH_DRAFT, PUBLISHED;

    private static final int CYCLE = 20;

    static DemoStage of(int index) {
        return switch (index % CYCLE) {
            case 3 -> DRAFT;
            case 7 -> IN_REVIEW;
            case 11 -> CHANGES_REQUESTED;
            case 15 -> APPROVED;
            case 18 -> ARCHIVED;
            case 9 -> PUBLISHED_WITH_DRAFT;
            default -> PUBLISHED;
        };
    }
}
