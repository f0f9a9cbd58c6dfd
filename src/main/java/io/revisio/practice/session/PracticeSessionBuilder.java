package io.revisio.practice.session;

import io.revisio.content.PublishedQuestions;
import io.revisio.content.SyllabusOutline;
import io.revisio.practice.PracticeSessionStarter;
import io.revisio.practice.pool.PoolFilter;
import io.revisio.practice.pool.QuestionPool;
import io.revisio.practice.pool.QuestionPool.PoolQuestion;
import io.revisio.practice.pool.SyllabusScope;
import io.revisio.shared.problem.ProblemException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The test builder: expands the picked syllabus nodes, applies the pools and difficulties, selects
 * ({@link QuestionSelection}) and pins each question's version and shuffled option order.
 */
@Component
class PracticeSessionBuilder implements PracticeSessionStarter {

    /** An exam is timed at this much per question unless the student asks for an untimed one. */
    static final Duration EXAM_TIME_PER_QUESTION = Duration.ofSeconds(60);

    private final QuestionPool pool;
    private final QuestionPicker picker;
    private final SyllabusOutline syllabus;
    private final PublishedQuestions published;
    private final PracticeSessionRepository sessions;
    private final AdaptivePicker adaptive;
    private final AdaptiveChoices choices;
    private final JsonMapper json;
    private final Clock clock;
    private final SecureRandom seeds = new SecureRandom();

    PracticeSessionBuilder(QuestionPool pool, QuestionPicker picker, SyllabusOutline syllabus,
            PublishedQuestions published, PracticeSessionRepository sessions, AdaptivePicker adaptive,
            AdaptiveChoices choices, JsonMapper json, Clock clock) {
        this.pool = pool;
        this.picker = picker;
        this.syllabus = syllabus;
        this.published = published;
        this.sessions = sessions;
        this.adaptive = adaptive;
        this.choices = choices;
        this.json = json;
        this.clock = clock;
    }

    /** The new session's header and how the selection went. */
    record Built(PracticeSessionRepository.Header header, int asked, int got, int available) {
    }

    @Transactional
    Built build(UUID student, BuildRequest request) {
        PoolFilter filter = PoolFilter.parse(request.pools(), request.difficulties());
        boolean timed = request.timed() == null ? request.mode() == PracticeMode.EXAM : request.timed();
        if (timed && request.mode() != PracticeMode.EXAM) {
            throw ProblemException.invalidField("timed", "tutorIsUntimed",
                    "tutor and adaptive practice are never timed");
        }
        if (request.mode() == PracticeMode.ADAPTIVE && !filter.everything()) {
            throw ProblemException.invalidField(filter.difficulties().isEmpty() ? "pools" : "difficulties",
                    "chosenByAdaptive",
                    "adaptive practice chooses its own questions: leave pools and difficulties out");
        }
        SyllabusScope scope = SyllabusScope.of(syllabus.nodes());
        List<SyllabusScope.Target> targets = scope.targets(request.nodes() == null ? List.of() : request.nodes())
                .orElseThrow(() -> ProblemException.invalidField("nodes", "unknownNode",
                        "must be syllabus nodes students can practise"));
        long seed = request.seed() != null ? request.seed() : seeds.nextLong();
        if (request.mode() == PracticeMode.ADAPTIVE) {
            return adaptive(student, request.withSeed(seed), scope, targets);
        }
        QuestionPicker.Picked picked = picker.pick(student, filter, targets, request.count(), seed);
        if (picked.questions().isEmpty()) {
            throw PracticeSessionProblems.nothingAvailable(filter.poolNames(),
                    picker.available(student, filter.allPools(), targets));
        }
        PracticeSessionRepository.Header header = pin(student, request.mode(), timed, seed, request.count(),
                json.writeValueAsString(request.withSeed(seed)), picked.questions(), scope);
        return new Built(header, request.count(), picked.questions().size(), picked.available());
    }

    /** An adaptive session: the mix chooses, and each question keeps why it was chosen. */
    private Built adaptive(UUID student, BuildRequest request, SyllabusScope scope,
            List<SyllabusScope.Target> targets) {
        AdaptivePicker.Picked picked = adaptive.pick(student, scope, targets, request.count(), request.seed());
        if (picked.questions().isEmpty()) {
            throw PracticeSessionProblems.nothingNew(AdaptivePicker.RECENT.toDays(), picked.recent());
        }
        PracticeSessionRepository.Header header = pin(student, PracticeMode.ADAPTIVE, false, request.seed(),
                request.count(), json.writeValueAsString(request), picked.questions(), scope);
        choices.saveReasons(header.id(), picked.reasons());
        return new Built(header, request.count(), picked.questions().size(), (int) picked.available());
    }

    @Override
    @Transactional
    public Optional<Started> startTutorSession(UUID student, List<UUID> questions, String purpose) {
        SyllabusScope scope = SyllabusScope.of(syllabus.nodes());
        Set<UUID> themes = new LinkedHashSet<>();
        scope.targets(List.of()).orElseThrow().forEach(target -> themes.addAll(target.themes()));
        Map<UUID, PoolQuestion> servable = pool.named(student, questions, themes).stream()
                .collect(Collectors.toMap(PoolQuestion::questionId, Function.identity()));
        List<PoolQuestion> picked = questions.stream().distinct().map(servable::get).filter(Objects::nonNull).toList();
        if (picked.isEmpty()) {
            return Optional.empty();
        }
        long seed = seeds.nextLong();
        String request = json.writeValueAsString(Map.of("purpose", purpose, "questions", questions, "seed", seed));
        UUID session = pin(student, PracticeMode.TUTOR, false, seed, picked.size(), request, picked, scope).id();
        return Optional.of(new Started(session, picked.size()));
    }

    /** Writes the session with each question's current version and a shuffled option order, pinned. */
    private PracticeSessionRepository.Header pin(UUID student, PracticeMode mode, boolean timed, long seed, int asked,
            String request, List<PoolQuestion> picked, SyllabusScope scope) {
        Map<UUID, PublishedQuestions.Version> versions = published.versions(
                picked.stream().map(PoolQuestion::versionId).toList());
        Instant now = clock.instant();
        Instant deadline = timed ? now.plus(EXAM_TIME_PER_QUESTION.multipliedBy(picked.size())) : null;
        PracticeSessionRepository.Header header = new PracticeSessionRepository.Header(UUID.randomUUID(), student,
                mode, PracticeSessionState.IN_PROGRESS, seed, asked, now, deadline, null, null);
        sessions.insert(header, request, now);
        List<PracticeSessionItem> items = new ArrayList<>();
        for (int position = 0; position < picked.size(); position++) {
            PoolQuestion question = picked.get(position);
            PublishedQuestions.Version version = versions.get(question.versionId());
            int[] order = QuestionSelection.optionOrder(version.options().size(), seed, question.questionId());
            items.add(new PracticeSessionItem(position, question.questionId(), version.id(), version.themeId(),
                    scope.blockOf(version.themeId()), order, version.correctOption(), null, null, false, List.of(), 0));
        }
        sessions.insertItems(header.id(), items);
        sessions.seen(student, picked.stream().map(PoolQuestion::questionId).toList());
        return header;
    }
}
