package io.revisio.practice.session;

import io.revisio.practice.pool.PoolFilter;
import io.revisio.practice.pool.QuestionPool;
import io.revisio.practice.pool.QuestionPool.PoolQuestion;
import io.revisio.practice.pool.SyllabusScope.Target;
import io.revisio.practice.pool.ThemeOffers;
import io.revisio.practice.session.QuestionSelection.Candidate;
import io.revisio.practice.session.QuestionSelection.Group;
import io.revisio.practice.session.QuestionSelection.Part;
import io.revisio.practice.session.QuestionSelection.Pick;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Reads from the pool just what {@link QuestionSelection} needs to pick a test. A year, block or theme is
 * split into its themes, whose counts are kept and whose unmet questions are sampled (a 40-question test
 * reads about 40 of them from a bank of any size); a picked concept is narrow, so its questions are read in
 * full, and two concepts sharing a question give it to the first.
 */
@Component
class QuestionPicker {

    private final QuestionPool pool;
    private final ThemeOffers themeOffers;

    QuestionPicker(QuestionPool pool, ThemeOffers themeOffers) {
        this.pool = pool;
        this.themeOffers = themeOffers;
    }

    /** The test's questions in test order, and how many distinct questions the targets offered. */
    record Picked(List<PoolQuestion> questions, int available) {
    }

    Picked pick(UUID student, PoolFilter filter, List<Target> targets, int count, long seed) {
        Offer offer = offer(student, filter, targets);
        int[][] quotas = QuestionSelection.quotas(offer.groups(), count);
        List<ThemeOffers.Walk> walks = new ArrayList<>();
        for (int g = 0; g < targets.size(); g++) {
            if (targets.get(g).concept() == null) {
                List<Part> parts = offer.groups().get(g).parts();
                for (int p = 0; p < parts.size(); p++) {
                    walks.add(new ThemeOffers.Walk(parts.get(p).id(), QuestionSelection.start(seed, parts.get(p).id()),
                            quotas[g][p]));
                }
            }
        }
        Map<UUID, List<PoolQuestion>> offered = new HashMap<>();
        offer.loaded().forEach((part, questions) -> offered.put(part, new ArrayList<>(questions)));
        for (PoolQuestion unmet : themeOffers.unmet(student, offer.themes(), walks)) {
            offered.computeIfAbsent(unmet.themeId(), theme -> new ArrayList<>()).add(unmet);
        }
        Map<UUID, PoolQuestion> byId = new HashMap<>();
        offered.values().forEach(questions -> questions.forEach(question -> byId.put(question.questionId(), question)));
        List<Pick> picks = new ArrayList<>();
        for (int g = 0; g < targets.size(); g++) {
            List<Part> parts = offer.groups().get(g).parts();
            for (int p = 0; p < parts.size(); p++) {
                List<Candidate> candidates = offered.getOrDefault(parts.get(p).id(), List.of()).stream()
                        .map(question -> new Candidate(question.questionId(), question.seen(), question.shuffleKey()))
                        .toList();
                UUID node = targets.get(g).node().id();
                QuestionSelection.best(candidates, quotas[g][p], seed, parts.get(p).id())
                        .forEach(best -> picks.add(new Pick(best.questionId(), node)));
            }
        }
        List<PoolQuestion> questions = QuestionSelection.shuffled(picks, seed).stream()
                .map(pick -> byId.get(pick.questionId())).toList();
        return new Picked(questions, (int) offer.groups().stream().mapToLong(Group::available).sum());
    }

    /** How many distinct questions the targets offer under these filters. */
    long available(UUID student, PoolFilter filter, List<Target> targets) {
        return offer(student, filter, targets).groups().stream().mapToLong(Group::available).sum();
    }

    /**
     * @param loaded questions read so far by part: a theme's met questions, a concept's questions in full
     */
    private record Offer(List<Group> groups, ThemeOffers.Offers themes, Map<UUID, List<PoolQuestion>> loaded) {
    }

    private Offer offer(UUID student, PoolFilter filter, List<Target> targets) {
        Set<UUID> themes = new LinkedHashSet<>();
        Set<UUID> conceptThemes = new LinkedHashSet<>();
        Set<UUID> concepts = new LinkedHashSet<>();
        for (Target target : targets) {
            if (target.concept() == null) {
                themes.addAll(target.themes());
            } else {
                conceptThemes.addAll(target.themes());
                concepts.add(target.concept());
            }
        }
        ThemeOffers.Offers offers = themeOffers.offers(student, filter, themes);
        Map<UUID, List<PoolQuestion>> loaded = new HashMap<>();
        offers.themes().forEach((theme, offer) -> loaded.put(theme, offer.met()));
        List<PoolQuestion> conceptQuestions = pool.withConcepts(student, filter, conceptThemes, concepts);
        List<List<Candidate>> perConcept = new ArrayList<>();
        for (Target target : targets) {
            if (target.concept() != null) {
                perConcept.add(conceptQuestions.stream().filter(q -> target.covers(q.themeId(), q.conceptIds()))
                        .map(q -> new Candidate(q.questionId(), q.seen(), q.shuffleKey())).toList());
            }
        }
        List<List<Candidate>> distinct = QuestionSelection.distinct(perConcept);
        Map<UUID, PoolQuestion> byId = new HashMap<>();
        conceptQuestions.forEach(question -> byId.put(question.questionId(), question));
        List<Group> groups = new ArrayList<>();
        int c = 0;
        for (Target target : targets) {
            UUID node = target.node().id();
            if (target.concept() == null) {
                groups.add(new Group(node, target.themes().stream()
                        .map(theme -> new Part(theme, offers.available(theme))).toList()));
            } else {
                List<Candidate> own = distinct.get(c++);
                loaded.put(node, own.stream().map(candidate -> byId.get(candidate.questionId())).toList());
                groups.add(new Group(node, List.of(new Part(node, own.size()))));
            }
        }
        return new Offer(groups, offers, loaded);
    }
}
