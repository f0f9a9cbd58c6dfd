package io.revisio.learning.revision;

import io.revisio.practice.RevisionDue;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives practice today's due cards as the revision queue has them: the count for its dashboard, the cards
 * for its adaptive mix.
 */
@Component
class RevisionDueToday implements RevisionDue {

    private final RevisionQueue queue;

    RevisionDueToday(RevisionQueue queue) {
        this.queue = queue;
    }

    @Override
    @Transactional(readOnly = true)
    public long dueToday(UUID student) {
        return queue.dueToday(student);
    }

    @Override
    @Transactional(readOnly = true)
    public List<DueQuestion> mostAtRisk(UUID student, int limit) {
        return queue.today(student, limit).cards().stream()
                .map(card -> new DueQuestion(card.questionId(), card.due(), card.retrievability())).toList();
    }
}
