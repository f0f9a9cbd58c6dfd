package io.revisio.content.transfer;

import io.revisio.content.question.QuestionContent;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The rules an imported row meets: those of a hand-written question (bean validation and syllabus filing),
 * plus completeness for review, since an import is finished work rather than a draft in progress. A row
 * that passes is then new, or a duplicate of a question in the bank or of an earlier row of the file.
 */
@Component
class RowCheck {

    /** The verdict on one row; content and hash are null when the row could not be read. */
    record Checked(int row, RowOutcome outcome, QuestionContent content, String hash, UUID existing,
            List<RowProblem> problems) {
    }

    private final Validator validator;
    private final VersionHashes hashes;

    RowCheck(Validator validator, VersionHashes hashes) {
        this.validator = validator;
        this.hashes = hashes;
    }

    /**
     * @param seen external ids and hashes of the file's earlier valid rows; this row's are added to it
     */
    Checked check(ParsedRow parsed, SyllabusCodes.Snapshot codes, Set<String> seen) {
        int row = parsed.row();
        List<RowProblem> problems = new ArrayList<>(parsed.problems());
        PortableQuestion question = parsed.question();
        if (question == null) {
            return new Checked(row, RowOutcome.INVALID, null, null, null, problems);
        }
        QuestionContent content = new QuestionContent(question.stem(), question.options(), question.explanation(),
                question.references(), question.tags(), theme(row, question, codes, problems),
                concepts(row, question, codes, problems), question.difficulty(), question.externalId());
        for (ConstraintViolation<QuestionContent> violation : validator.validate(content)) {
            problems.add(new RowProblem(row, field(violation.getPropertyPath().toString()),
                    violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
                    violation.getMessage()));
        }
        for (QuestionContent.Missing missing : content.missingForReview()) {
            if (!"themeId".equals(missing.field()) || question.theme() == null) {
                problems.add(new RowProblem(row, field(missing.field()), missing.code(), missing.message()));
            }
        }
        String hash = ContentHash.of(question);
        if (!problems.isEmpty()) {
            return new Checked(row, RowOutcome.INVALID, content, hash, null, problems);
        }
        String external = question.externalId();
        if (external != null) {
            UUID existing = hashes.questionWithExternalId(external).orElse(null);
            if (existing != null || !seen.add("external-id:" + external)) {
                return new Checked(row, RowOutcome.DUPLICATE_EXTERNAL_ID, content, hash, existing, problems);
            }
        }
        UUID existing = hashes.questionWithContent(hash).orElse(null);
        if (existing != null || !seen.add("hash:" + hash)) {
            return new Checked(row, RowOutcome.DUPLICATE_CONTENT, content, hash, existing, problems);
        }
        return new Checked(row, RowOutcome.NEW, content, hash, null, problems);
    }

    private static UUID theme(int row, PortableQuestion question, SyllabusCodes.Snapshot codes,
            List<RowProblem> problems) {
        if (question.theme() == null) {
            return null;
        }
        SyllabusCodes.Node node = codes.code(question.theme()).orElse(null);
        if (node == null) {
            problems.add(new RowProblem(row, "theme", "unknownCode", "no syllabus node has the code "
                    + question.theme()));
            return null;
        }
        if (!"THEME".equals(node.level())) {
            problems.add(new RowProblem(row, "theme", "notATheme", "must be the code of a THEME node, not a "
                    + node.level()));
            return null;
        }
        return node.id();
    }

    private static List<UUID> concepts(int row, PortableQuestion question, SyllabusCodes.Snapshot codes,
            List<RowProblem> problems) {
        List<UUID> ids = new ArrayList<>();
        UUID theme = codes.code(question.theme()).map(SyllabusCodes.Node::id).orElse(null);
        for (int i = 0; i < question.concepts().size(); i++) {
            String code = question.concepts().get(i);
            SyllabusCodes.Node node = codes.code(code).orElse(null);
            String field = "concepts[" + i + "]";
            if (node == null) {
                problems.add(new RowProblem(row, field, "unknownCode", "no syllabus node has the code " + code));
            } else if (!"CONCEPT".equals(node.level()) || theme == null || !theme.equals(node.parentId())) {
                problems.add(new RowProblem(row, field, "notAConceptOfTheTheme",
                        "must be the code of a CONCEPT node under the row's theme"));
            } else if (ids.contains(node.id())) {
                problems.add(new RowProblem(row, field, "duplicate", "names a concept already listed"));
            } else {
                ids.add(node.id());
            }
        }
        return ids;
    }

    /** Bean paths as the file names them: {@code tags[1]} rather than {@code tags[1].<list element>}. */
    static String field(String path) {
        return path.replace(".<list element>", "").replace("themeId", "theme").replace("conceptIds", "concepts");
    }
}
