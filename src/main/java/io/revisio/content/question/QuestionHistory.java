package io.revisio.content.question;

import io.revisio.shared.paging.PageRequest;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A question's versions as written, and what changed between any two of them. */
@Component
class QuestionHistory {

    private final QuestionRepository questions;

    QuestionHistory(QuestionRepository questions) {
        this.questions = questions;
    }

    /** Two versions of one question and their differences; the same number twice gives no changes. */
    record Comparison(StoredVersion from, StoredVersion to, VersionDiff diff) {
    }

    @Transactional(readOnly = true)
    StoredVersion version(UUID questionId, int number) {
        exists(questionId);
        return questions.version(questionId, number)
                .orElseThrow(() -> QuestionProblems.versionNotFound(questionId, number));
    }

    /** Either order is allowed: from is always the before side. */
    @Transactional(readOnly = true)
    Comparison compare(UUID questionId, int from, int to) {
        StoredVersion before = version(questionId, from);
        StoredVersion after = from == to ? before : version(questionId, to);
        return new Comparison(before, after, VersionDiff.between(before.content(), after.content()));
    }

    /** Newest first; at most the largest page, which is far more versions than a question gathers. */
    @Transactional(readOnly = true)
    List<StoredVersion.Summary> versions(UUID questionId) {
        exists(questionId);
        return questions.versions(questionId, PageRequest.of(0, PageRequest.MAX_SIZE)).items();
    }

    private void exists(UUID questionId) {
        questions.find(questionId).orElseThrow(() -> QuestionProblems.notFound(questionId));
    }
}
