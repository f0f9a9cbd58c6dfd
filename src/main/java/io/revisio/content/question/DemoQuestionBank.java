package io.revisio.content.question;

import io.revisio.identity.DemoAccountLookup;
import io.revisio.identity.Role;
import io.revisio.shared.seed.DemoData;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo question bank: every demo file's questions, written by the demo editor through the question bank
 * (so each has its versions, reviews and audit rows) and moved to the state {@link DemoStage} gives it.
 * Reviews are the demo reviewer's, so four eyes hold; archiving is the demo admin's. A question whose
 * external id exists is left alone, whatever state it has reached since.
 */
@Component
@Order(DemoData.BUILT_ON_FOUNDATION)
class DemoQuestionBank implements DemoData {

    private static final List<String> REVIEW_COMMENTS = List.of(
            "Two options can be defended as correct: make the stem say which one is the single best answer.",
            "The explanation should say why the commonest wrong answer is wrong, not only why the key is right.",
            "Please cite the current edition of the textbook and the chapter.",
            "The vignette gives the answer away in its first line; move the key finding later.");

    private final DemoQuestionFiles files;
    private final QuestionBank bank;
    private final DemoAccountLookup accounts;
    private final JdbcClient jdbc;

    DemoQuestionBank(DemoQuestionFiles files, QuestionBank bank, DemoAccountLookup accounts, JdbcClient jdbc) {
        this.files = files;
        this.bank = bank;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "demo question bank";
    }

    @Override
    @Transactional
    public void load() {
        Staff staff = new Staff(demoAccount(Role.EDITOR), demoAccount(Role.REVIEWER), demoAccount(Role.ADMIN));
        Map<String, UUID> nodes = syllabusIdsByCode();
        Set<String> existing = new HashSet<>(jdbc.sql("SELECT external_id FROM content.question "
                + "WHERE external_id LIKE :prefix").param("prefix", DemoQuestion.EXTERNAL_ID_PREFIX + "%")
                .query(String.class).list());
        int index = 0;
        for (DemoQuestionFile file : files.all()) {
            UUID theme = nodeOf(nodes, file.themeCode(), file, null);
            for (DemoQuestion question : file.questions()) {
                int position = index++;
                if (existing.contains(question.externalId(file.themeCode()))) {
                    continue;
                }
                UUID concept = question.concept() == null ? null : nodeOf(nodes, question.concept(), file, question);
                write(question.content(file.themeCode(), theme, concept), position, staff);
            }
        }
    }

    private void write(QuestionContent content, int position, Staff staff) {
        DemoStage stage = DemoStage.of(position);
        UUID id = bank.create(staff.editor(), content).id();
        if (stage == DemoStage.DRAFT) {
            return;
        }
        bank.act(staff.editor(), id, QuestionAction.SUBMIT, null);
        switch (stage) {
            case IN_REVIEW -> { }
            case CHANGES_REQUESTED -> bank.act(staff.reviewer(), id, QuestionAction.REQUEST_CHANGES,
                    REVIEW_COMMENTS.get(position % REVIEW_COMMENTS.size()));
            case APPROVED -> bank.act(staff.reviewer(), id, QuestionAction.APPROVE, null);
            default -> {
                bank.act(staff.reviewer(), id, QuestionAction.APPROVE, null);
                bank.act(staff.editor(), id, QuestionAction.PUBLISH, null);
                if (stage == DemoStage.ARCHIVED) {
                    bank.act(staff.admin(), id, QuestionAction.ARCHIVE, null);
                } else if (stage == DemoStage.PUBLISHED_WITH_DRAFT) {
                    bank.edit(staff.editor(), id, OptionalLong.empty(), underRevision(content));
                }
            }
        }
    }

    /** The editor's newer draft of a published question: so far only tagged as being revised. */
    private static QuestionContent underRevision(QuestionContent content) {
        List<String> tags = new ArrayList<>(content.tags());
        tags.add("under-revision");
        return new QuestionContent(content.stem(), content.options(), content.explanation(), content.references(),
                tags, content.themeId(), content.conceptIds(), content.difficulty(), content.externalId());
    }

    private UUID demoAccount(Role role) {
        return accounts.demoAccount(role).orElseThrow(() -> new IllegalStateException(
                "The demo accounts must be loaded before the demo questions: no demo " + role));
    }

    private Map<String, UUID> syllabusIdsByCode() {
        return jdbc.sql("SELECT code, id FROM content.syllabus_node")
                .query((row, n) -> Map.entry(row.getString("code"), row.getObject("id", UUID.class))).list()
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static UUID nodeOf(Map<String, UUID> nodes, String code, DemoQuestionFile file, DemoQuestion question) {
        UUID id = nodes.get(code);
        if (id == null) {
            throw new IllegalStateException("Demo question file " + file.name()
                    + (question == null ? "" : ", question " + question.key())
                    + ": no syllabus node " + code + " (is the demo syllabus loaded?)");
        }
        return id;
    }

    private record Staff(UUID editor, UUID reviewer, UUID admin) {
    }
}
