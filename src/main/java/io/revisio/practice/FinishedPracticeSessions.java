package io.revisio.practice;

import java.util.function.Consumer;

/**
 * The attempt log as other modules rebuild from it: every practice session that ended with a result, as the
 * {@link PracticeSessionFinished} it published when it ended (its times to the microsecond, as stored).
 */
public interface FinishedPracticeSessions {

    /**
     * Hands over every finished session, in the order they finished (ties by session id). Sessions are read a
     * batch at a time, so the log need not fit in memory; call it inside a transaction to read one consistent
     * snapshot.
     */
    void replay(Consumer<PracticeSessionFinished> each);
}
