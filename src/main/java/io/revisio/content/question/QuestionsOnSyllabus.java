package io.revisio.content.question;

import io.revisio.content.syllabus.SyllabusUsage;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A syllabus node that any question version is filed under cannot be deleted: versions are immutable,
 * so even an old one would lose its theme or concept.
 */
@Component
class QuestionsOnSyllabus implements SyllabusUsage {

    private final QuestionRepository questions;

    QuestionsOnSyllabus(QuestionRepository questions) {
        this.questions = questions;
    }

    @Override
    public Optional<InUse> of(UUID nodeId) {
        long count = questions.questionsFiledUnder(nodeId);
        return count == 0 ? Optional.empty() : Optional.of(new InUse("syllabus-node-has-questions",
                count + (count == 1 ? " question is" : " questions are") + " filed under this node. "
                        + "Versions are kept for good, so disable the node instead.", count));
    }
}
