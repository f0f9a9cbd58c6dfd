package io.revisio.learning.revision;

import io.revisio.practice.RevisionDue;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Gives practice's dashboard the count of today's due cards, the same count as the revision queue's. */
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
}
