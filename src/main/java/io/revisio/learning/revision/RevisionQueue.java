package io.revisio.learning.revision;

import io.revisio.learning.fsrs.MemoryModel;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What a student has to revise: today's due cards, most at risk first, and the month ahead. Days are UTC days. */
@Component
class RevisionQueue {

    static final int DEFAULT_LIMIT = 100;
    static final int FORECAST_DAYS = 30;

    private final CardStore store;
    private final StudentWeights weights;
    private final Clock clock;

    RevisionQueue(CardStore store, StudentWeights weights, Clock clock) {
        this.store = store;
        this.weights = weights;
        this.clock = clock;
    }

    /** @param retrievability the chance of recalling it now */
    record DueCard(UUID questionId, String phase, Instant due, double retrievability, double stability,
            double difficulty, int reps, int lapses, boolean leech) {
    }

    /** @param due every card due by the end of today; {@code cards} holds at most the limit of them */
    record Today(long due, int limit, List<DueCard> cards) {
    }

    record Forecast(List<Day> days) {
    }

    /** @param due cards due that day (today's count includes overdue ones) */
    record Day(LocalDate date, long due) {
    }

    @Transactional(readOnly = true)
    Today today(UUID student, int limit) {
        Instant now = clock.instant();
        Instant endOfToday = startOfDay(now).plus(1, ChronoUnit.DAYS);
        MemoryModel model = weights.currentModel(student);
        List<DueCard> due = store.dueBefore(student, endOfToday).stream()
                .map(card -> new DueCard(card.questionId(), card.card().phase().name(), card.card().due(),
                        retrievability(model, card.card(), now), card.card().memory().stability(),
                        card.card().memory().difficulty(), card.card().reps(), card.card().lapses(), card.leech()))
                .sorted(Comparator.comparingDouble(DueCard::retrievability).thenComparing(DueCard::due))
                .toList();
        return new Today(due.size(), limit, due.stream().limit(limit).toList());
    }

    /** Cards due by the end of today, as {@link Today#due()} counts them. */
    long dueToday(UUID student) {
        return store.countDueBefore(student, startOfDay(clock.instant()).plus(1, ChronoUnit.DAYS));
    }

    @Transactional(readOnly = true)
    Forecast forecast(UUID student) {
        Instant today = startOfDay(clock.instant());
        Map<LocalDate, Long> counts = store.dueTimes(student, today.plus(FORECAST_DAYS, ChronoUnit.DAYS)).stream()
                .map(due -> LocalDate.ofInstant(due.isBefore(today) ? today : due, ZoneOffset.UTC))
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
        LocalDate first = LocalDate.ofInstant(today, ZoneOffset.UTC);
        return new Forecast(first.datesUntil(first.plusDays(FORECAST_DAYS))
                .map(date -> new Day(date, counts.getOrDefault(date, 0L))).toList());
    }

    private static double retrievability(MemoryModel model, io.revisio.learning.fsrs.Card card, Instant now) {
        double days = Math.max(0, Duration.between(card.lastReview(), now).toMillis() / 86_400_000.0);
        return model.retrievability(days, card.memory().stability());
    }

    private static Instant startOfDay(Instant at) {
        return at.truncatedTo(ChronoUnit.DAYS);
    }
}
