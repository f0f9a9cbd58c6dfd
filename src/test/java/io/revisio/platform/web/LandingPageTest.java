package io.revisio.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.revisio.testing.IntegrationTest;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class LandingPageTest {

    private static final Pattern LINKS = Pattern.compile("(?:src|href)=\"([^\"]*)\"");

    @Autowired
    MockMvc mvc;

    @Test
    void landingPageExplainsRevisio() throws Exception {
        String html = page("/");
        assertThat(html).contains("<title>Practice for high-stakes exams · Revisio</title>")
                .contains("<nav class=\"site-nav\"")
                .contains("name=\"viewport\" content=\"width=device-width, initial-scale=1\"")
                .contains("For students").contains("For editors and reviewers");
    }

    @Test
    void everythingTheLayoutLoadsComesFromRevisioItself() throws Exception {
        String html = page("/");
        Matcher links = LINKS.matcher(html);
        List<String> targets = links.results().map(match -> match.group(1)).toList();
        assertThat(targets).isNotEmpty().allSatisfy(target -> assertThat(target).matches("^(/|#).*"));
        assertThat(targets).contains("/webjars/htmx.org/dist/htmx.min.js", "/css/revisio.css");
        assertThat(html).doesNotContain("<script>").doesNotContain("style=\"").doesNotContain("onclick=");
        for (String asset : List.of("/webjars/htmx.org/dist/htmx.min.js", "/css/revisio.css", "/img/favicon.svg")) {
            mvc.perform(get(asset)).andExpect(status().isOk());
        }
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString();
    }
}
