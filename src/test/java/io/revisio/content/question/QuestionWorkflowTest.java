package io.revisio.content.question;

import static io.revisio.content.question.QuestionAction.APPROVE;
import static io.revisio.content.question.QuestionAction.ARCHIVE;
import static io.revisio.content.question.QuestionAction.EDIT;
import static io.revisio.content.question.QuestionAction.PUBLISH;
import static io.revisio.content.question.QuestionAction.REQUEST_CHANGES;
import static io.revisio.content.question.QuestionAction.RESTORE;
import static io.revisio.content.question.QuestionAction.SUBMIT;
import static io.revisio.content.question.QuestionState.APPROVED;
import static io.revisio.content.question.QuestionState.ARCHIVED;
import static io.revisio.content.question.QuestionState.CHANGES_REQUESTED;
import static io.revisio.content.question.QuestionState.DRAFT;
import static io.revisio.content.question.QuestionState.IN_REVIEW;
import static io.revisio.content.question.QuestionState.PUBLISHED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The review workflow and the completeness rules, on their own: no Spring, no database. */
class QuestionWorkflowTest {

    static final UUID AUTHOR = UUID.randomUUID();
    static final UUID REVIEWER = UUID.randomUUID();

    @Test
    void eachStateAllowsItsTransitionsAndNoOthers() {
        assertThat(DRAFT.after(SUBMIT)).contains(IN_REVIEW);
        assertThat(CHANGES_REQUESTED.after(SUBMIT)).contains(IN_REVIEW);
        assertThat(IN_REVIEW.after(APPROVE)).contains(APPROVED);
        assertThat(IN_REVIEW.after(REQUEST_CHANGES)).contains(CHANGES_REQUESTED);
        assertThat(APPROVED.after(PUBLISH)).contains(PUBLISHED);
        assertThat(PUBLISHED.after(ARCHIVE)).contains(ARCHIVED);
        assertThat(ARCHIVED.after(RESTORE)).as("restore republishes").contains(PUBLISHED);

        assertThat(DRAFT.after(APPROVE)).isEmpty();
        assertThat(DRAFT.after(PUBLISH)).isEmpty();
        assertThat(IN_REVIEW.after(SUBMIT)).isEmpty();
        assertThat(APPROVED.after(ARCHIVE)).isEmpty();
        assertThat(ARCHIVED.after(EDIT)).isEmpty();
        assertThat(PUBLISHED.after(EDIT)).as("an edit writes a new version instead").isEmpty();
        assertThat(PUBLISHED.actions()).contains(EDIT);
        assertThat(IN_REVIEW.actions()).doesNotContain(EDIT);
        assertThat(APPROVED.actions()).doesNotContain(EDIT);
    }

    @Test
    void anIllegalActionIsRefusedNamingTheAllowedOnes() {
        Question draft = new Question(UUID.randomUUID(), head(1, DRAFT), null);
        assertThat(draft.allowed()).containsExactly(EDIT, SUBMIT);
        assertThatThrownBy(() -> draft.apply(PUBLISH, AUTHOR)).isInstanceOfSatisfying(WorkflowRefusal.Illegal.class,
                refusal -> assertThat(refusal.allowed).containsExactly(EDIT, SUBMIT));
        Question inReview = new Question(UUID.randomUUID(), head(1, IN_REVIEW), null);
        assertThatThrownBy(inReview::checkEditable).isInstanceOf(WorkflowRefusal.Illegal.class);
    }

    @Test
    void nobodyApprovesTheirOwnVersion() {
        Question question = new Question(UUID.randomUUID(), head(1, IN_REVIEW), null);
        assertThatThrownBy(() -> question.apply(APPROVE, AUTHOR)).isInstanceOf(WorkflowRefusal.OwnVersion.class);
        assertThat(question.apply(APPROVE, REVIEWER)).singleElement()
                .satisfies(step -> assertThat(step.to()).isEqualTo(APPROVED));
    }

    @Test
    void aDraftOfAPublishedQuestionLeavesThePublishedVersionToArchiveAndSupersedesItWhenPublished() {
        VersionHead published = head(1, PUBLISHED);
        Question editing = new Question(UUID.randomUUID(), head(2, DRAFT), published);
        assertThat(editing.allowed()).containsExactly(EDIT, SUBMIT, ARCHIVE);
        assertThat(editing.apply(ARCHIVE, AUTHOR)).singleElement()
                .satisfies(step -> assertThat(step.version()).isEqualTo(published));

        Question approved = new Question(UUID.randomUUID(), head(2, APPROVED), published);
        List<Question.Step> steps = approved.apply(PUBLISH, AUTHOR);
        assertThat(steps).extracting(Question.Step::to).containsExactly(ARCHIVED, PUBLISHED);
        assertThat(steps.get(0).version()).isEqualTo(published);

        Question archived = new Question(UUID.randomUUID(), published.in(ARCHIVED), published.in(ARCHIVED));
        assertThat(archived.allowed()).containsExactly(RESTORE);
    }

    @Test
    void completenessNamesEveryMissingField() {
        QuestionContent empty = new QuestionContent(null, null, null, null, null, null, null, null, null);
        assertThat(empty.missingForReview()).extracting(QuestionContent.Missing::field)
                .containsExactly("stem", "options", "options", "explanation", "themeId");
        QuestionContent twoCorrect = new QuestionContent("Stem", List.of(new QuestionContent.Option("A", true),
                new QuestionContent.Option("B", true)), "Why", null, null, UUID.randomUUID(), null, null, null);
        assertThat(twoCorrect.missingForReview()).extracting(QuestionContent.Missing::code)
                .containsExactly("oneCorrect");
        QuestionContent complete = new QuestionContent("Stem", List.of(new QuestionContent.Option("A", true),
                new QuestionContent.Option("B", false)), "Why", null, null, UUID.randomUUID(), null, 3, null);
        assertThat(complete.missingForReview()).isEmpty();
        assertThat(complete.changedFrom(twoCorrect)).containsExactly("options", "themeId", "difficulty");
    }

    private static VersionHead head(int number, QuestionState state) {
        return new VersionHead(UUID.randomUUID(), number, state, AUTHOR);
    }
}
