package io.revisio.analytics.item;

import io.revisio.content.PublishedQuestions;
import io.revisio.content.SyllabusOutline;
import io.revisio.shared.paging.Page;
import io.revisio.shared.paging.PageRequest;
import io.revisio.shared.problem.ProblemException;
import io.revisio.shared.web.AccessRule;
import io.revisio.shared.web.Pager;
import io.revisio.shared.web.RouteAccess;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The item statistics pages for staff: the list (a plain GET form, so a filtered list can be bookmarked) and
 * one question with its stem and, per version, how often each option was chosen.
 */
@Controller
class ItemStatisticsPages {

    static final String LIST = "/admin/item-statistics";
    static final String ONE = LIST + "/{questionId}";

    private final ItemReport report;
    private final ItemReader reader;
    private final PublishedQuestions published;
    private final SyllabusOutline syllabus;

    ItemStatisticsPages(ItemReport report, ItemReader reader, PublishedQuestions published, SyllabusOutline syllabus) {
        this.report = report;
        this.reader = reader;
        this.published = published;
        this.syllabus = syllabus;
    }

    @GetMapping(LIST)
    String list(@RequestParam(required = false) String flagged, @RequestParam(required = false) String node,
            @RequestParam(required = false) String minAnswers, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String order, @RequestParam(required = false) String page,
            HttpServletResponse response, Model model) {
        ItemStatisticsViews.Filters filters = new ItemStatisticsViews.Filters("true".equals(flagged) || "on".equals(flagged),
                blankToEmpty(node), blankToEmpty(minAnswers), blank(sort) ? "answers" : sort, blankToEmpty(order));
        Map<String, String> query = new LinkedHashMap<>();
        query.put("flagged", filters.flagged() ? "true" : "");
        query.put("node", filters.node());
        query.put("minAnswers", filters.minAnswers());
        query.put("sort", filters.sort());
        query.put("order", filters.order());
        Page<ItemSummary> found = null;
        String error = null;
        try {
            ItemListParameters parameters = new ItemListParameters(filters.flagged(), uuid("node", node),
                    number("minAnswers", minAnswers, 1_000_000_000L), sort, order,
                    (int) (long) orZero(number("page", page, 1_000_000L)), PageRequest.DEFAULT_SIZE);
            found = report.list(parameters.query(report));
        } catch (ProblemException refused) {
            response.setStatus(refused.status().value());
            error = "Choose the filters from their lists, and give the least number of answers as a whole number.";
        }
        List<ItemSummary> items = found == null ? List.of() : found.items();
        Map<UUID, PublishedQuestions.Version> versions = published.versions(
                reader.latestVersions(items.stream().map(ItemSummary::questionId).toList()).values());
        Map<UUID, String> stems = new HashMap<>();
        versions.values().forEach(version -> stems.put(version.questionId(), version.stem()));
        Map<UUID, String> names = names();
        List<ItemStatisticsViews.Line> lines = items.stream().map(item -> new ItemStatisticsViews.Line(
                item.questionId(), ItemStatisticsViews.shortStem(stems.get(item.questionId())),
                names.getOrDefault(item.themeId(), ""), item.answers(), ItemStatisticsViews.percent(item.shareCorrect()),
                ItemStatisticsViews.discrimination(item.discrimination()),
                ItemStatisticsViews.duration(item.medianTimeMs()), ItemStatisticsViews.difficulty(item.difficulty()),
                item.flags().stream().map(ItemStatisticsViews::flag).toList())).toList();
        List<ItemStatisticsViews.Choice> sorts = Arrays.stream(ItemQuery.Sort.values())
                .map(each -> new ItemStatisticsViews.Choice(each.wireName(), switch (each) {
                    case ANSWERS -> "Answers";
                    case SHARE_CORRECT -> "Share correct";
                    case DISCRIMINATION -> "Discrimination";
                })).toList();
        model.addAttribute("statistics", new ItemStatisticsViews.ListPage(lines, filters,
                ItemStatisticsViews.nodes(syllabus), sorts, found == null ? null : Pager.of(found, LIST, query), error));
        return "analytics/item-statistics";
    }

    @GetMapping(ONE)
    String one(@PathVariable UUID questionId, Model model) {
        ItemDetail detail = report.detail(questionId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)); // the error page
        Map<UUID, PublishedQuestions.Version> versions = published.versions(
                detail.versions().stream().map(ItemDetail.VersionShares::versionId).toList());
        List<ItemStatisticsViews.VersionView> shown = new ArrayList<>();
        for (ItemDetail.VersionShares version : detail.versions()) {
            PublishedQuestions.Version text = versions.get(version.versionId());
            shown.add(new ItemStatisticsViews.VersionView(version.number(), version.answers(),
                    ItemStatisticsViews.percent(version.shareCorrect()), version.options().stream()
                    .map(option -> new ItemStatisticsViews.OptionView(ItemStatisticsViews.letter(option.option()),
                            text == null || option.option() >= text.options().size() ? ""
                                    : text.options().get(option.option()),
                            option.key(), option.chosen(), option.share(), ItemStatisticsViews.percent(option.share())))
                    .toList()));
        }
        PublishedQuestions.Version newest = detail.versions().isEmpty() ? null
                : versions.get(detail.versions().get(0).versionId());
        ItemSummary item = detail.item();
        model.addAttribute("item", new ItemStatisticsViews.DetailPage(questionId, newest == null ? null : newest.stem(),
                names().getOrDefault(item.themeId(), ""), item.answers(), ItemStatisticsViews.percent(item.shareCorrect()),
                ItemStatisticsViews.discrimination(item.discrimination()),
                ItemStatisticsViews.duration(item.medianTimeMs()), ItemStatisticsViews.difficulty(item.difficulty()),
                item.flags().stream().map(ItemStatisticsViews::flag).toList(), shown));
        return "analytics/item-statistic";
    }

    private Map<UUID, String> names() {
        return syllabus.nodes().stream().collect(Collectors.toMap(SyllabusOutline.Node::id, SyllabusOutline.Node::name));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String blankToEmpty(String value) {
        return blank(value) ? "" : value.strip();
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }

    private static UUID uuid(String field, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(field, "notAnId", "must be an id");
        }
    }

    private static Long number(String field, String value, long max) {
        if (blank(value)) {
            return null;
        }
        try {
            long parsed = Long.parseLong(value.strip());
            if (parsed >= 0 && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw ProblemException.invalidField(field, "notANumber", "must be a whole number from 0 to " + max);
    }

    @Bean
    static RouteAccess itemStatisticsPageRoutes() {
        return () -> List.of(AccessRule.get(LIST, ItemStatisticsController.STAFF),
                AccessRule.get(ONE, ItemStatisticsController.STAFF));
    }
}
