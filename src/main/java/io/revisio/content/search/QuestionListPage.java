package io.revisio.content.search;

import io.revisio.shared.problem.ProblemException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The staff's question list: the search form, and results that htmx replaces as they type. */
@Controller
class QuestionListPage {

    static final String LIST = "/admin/questions";

    private final QuestionSearch search;
    private final SyllabusChoices syllabus;

    QuestionListPage(QuestionSearch search, SyllabusChoices syllabus) {
        this.search = search;
        this.syllabus = syllabus;
    }

    @GetMapping(LIST)
    String list(@RequestParam MultiValueMap<String, String> query, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        model.addAttribute("form", QuestionListViews.Form.of(query));
        try {
            SearchCriteria criteria = search.criteria(query);
            SearchResult result = search.search(criteria, query.getFirst("cursor"));
            model.addAttribute("hits", result.items().stream().map(QuestionListViews.Row::of).toList());
            model.addAttribute("next", result.next() == null ? null : link(query, result.next()));
            model.addAttribute("error", null);
        } catch (ProblemException invalid) {
            response.setStatus(invalid.status().value());
            model.addAttribute("hits", List.of());
            model.addAttribute("next", null);
            model.addAttribute("error", QuestionListViews.message(invalid));
        }
        model.addAttribute("continued", query.getFirst("cursor") != null && !query.getFirst("cursor").isBlank());
        model.addAttribute("firstPage", link(query, null));
        if (wantsResultsOnly(request)) {
            return "content/question-results";
        }
        model.addAttribute("nodes", syllabus.all());
        return "content/questions";
    }

    /** The same search with another cursor (or none), form-encoded like the form's own GET. */
    private static String link(MultiValueMap<String, String> query, String cursor) {
        StringJoiner link = new StringJoiner("&", LIST + "?", "");
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            if (parameter.getKey().equals("cursor") || !QuestionListViews.Form.NAMES.contains(parameter.getKey())) {
                continue;
            }
            for (String value : parameter.getValue()) {
                if (value != null && !value.isBlank()) {
                    link.add(encode(parameter.getKey()) + "=" + encode(value));
                }
            }
        }
        if (cursor != null) {
            link.add("cursor=" + encode(cursor));
        }
        String address = link.toString();
        return address.endsWith("?") ? LIST : address;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** htmx asks for the results alone, except when it restores a page from history, which needs all of it. */
    private static boolean wantsResultsOnly(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"))
                && request.getHeader("HX-History-Restore-Request") == null;
    }
}
