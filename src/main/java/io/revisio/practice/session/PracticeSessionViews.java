package io.revisio.practice.session;

import io.revisio.content.PublishedQuestions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Sessions and answers as the student sees them: options in the shuffled order, places counted from 0. */
@Component
class PracticeSessionViews {

    private final PublishedQuestions published;
    private final PracticeSessionResults results;
    private final AdaptiveChoices choices;

    PracticeSessionViews(PublishedQuestions published, PracticeSessionResults results, AdaptiveChoices choices) {
        this.published = published;
        this.results = results;
        this.choices = choices;
    }

    /**
     * @param pausable  whether the mode allows a pause (tutor, untimed exam); a paused session says PAUSED
     * @param selection only in the builder's answer: how the selection went
     * @param result    once the session is submitted or expired
     */
    record SessionView(UUID id, PracticeMode mode, boolean timed, boolean pausable, PracticeSessionState state,
            Instant createdAt, Instant deadline, Instant finishedAt, int asked, int count, long answered,
            Selection selection,
            PracticeSessionResults.Result result, List<QuestionView> questions) {
    }

    /** @param fewerThanAsked true when the chosen topics and pools held fewer questions than asked for */
    record Selection(int asked, int got, int available, boolean fewerThanAsked) {
    }

    /**
     * @param feedback in tutor and adaptive mode once answered; in every mode once the session has a result
     * @param reason   adaptive mode only: why the question was chosen
     */
    record QuestionView(int position, UUID questionId, String stem, List<OptionView> options, ChosenOption answer,
            boolean flagged, List<Integer> struckOut, long timeSpentMs, Feedback feedback, ChoiceReason reason) {
    }

    record OptionView(int option, String text) {
    }

    record ChosenOption(UUID answerId, int option) {
    }

    record Feedback(boolean correct, int correctOption, String explanation) {
    }

    record AnswerView(UUID answerId, UUID questionId, Integer option, boolean flagged, List<Integer> struckOut,
            long timeSpentMs, Feedback feedback) {
    }

    SessionView session(PracticeSessionRepository.Header header, List<PracticeSessionItem> items, Selection selection) {
        Map<UUID, PublishedQuestions.Version> versions = published.versions(
                items.stream().map(PracticeSessionItem::versionId).toList());
        Map<UUID, ChoiceReason> reasons = header.mode() == PracticeMode.ADAPTIVE ? choices.reasons(header.id())
                : Map.of();
        List<QuestionView> questions = items.stream().map(item -> {
            PublishedQuestions.Version version = versions.get(item.versionId());
            List<OptionView> options = new java.util.ArrayList<>();
            for (int shown = 0; shown < item.optionOrder().length; shown++) {
                options.add(new OptionView(shown, version.options().get(item.optionOrder()[shown])));
            }
            ChosenOption answer = item.answered()
                    ? new ChosenOption(item.answerId(), item.shownPlace(item.chosenIndex())) : null;
            return new QuestionView(item.position(), item.questionId(), version.stem(), options, answer,
                    item.flagged(), item.struckOut(), item.timeSpentMs(),
                    feedbackShown(header.mode(), header.state(), item) ? feedback(item, version) : null,
                    reasons.get(item.questionId()));
        }).toList();
        boolean timed = header.deadline() != null;
        return new SessionView(header.id(), header.mode(), timed, header.mode().allowsPause(timed), header.state(),
                header.createdAt(), header.deadline(), header.finishedAt(), header.asked(), items.size(),
                items.stream().filter(PracticeSessionItem::answered).count(), selection,
                header.state().hasResult() ? results.of(header, items) : null, questions);
    }

    /** The answer as it stands; {@code option} is the shown place of the answer the request names. */
    AnswerView answer(PracticeMode mode, PracticeSessionItem item, UUID answerId, Integer option, Boolean correct) {
        Feedback feedback = null;
        if (mode.feedbackAtOnce() && correct != null) {
            PublishedQuestions.Version version = published.versions(List.of(item.versionId())).get(item.versionId());
            feedback = new Feedback(correct, item.shownPlace(item.correctIndex()), version.explanation());
        }
        return new AnswerView(answerId, item.questionId(), option, item.flagged(), item.struckOut(),
                item.timeSpentMs(), feedback);
    }

    private static boolean feedbackShown(PracticeMode mode, PracticeSessionState state, PracticeSessionItem item) {
        return state.hasResult() || (mode.feedbackAtOnce() && item.answered());
    }

    private static Feedback feedback(PracticeSessionItem item, PublishedQuestions.Version version) {
        return new Feedback(item.correct(), item.shownPlace(item.correctIndex()), version.explanation());
    }
}
