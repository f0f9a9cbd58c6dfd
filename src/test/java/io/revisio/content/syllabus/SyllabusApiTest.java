package io.revisio.content.syllabus;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.revisio.testing.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class SyllabusApiTest {

    @Autowired
    MockMvc mvc;

    /** The demo syllabus alone: the demo questions filed under it would keep a node from being deleted. */
    @Autowired
    DemoSyllabus demoSyllabus;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void demoSyllabus() {
        demoSyllabus.load();
        jdbc.sql("UPDATE content.syllabus_node SET enabled = true").update();
    }

    @Test
    void theDemoSyllabusIsServedAsATreeInOrder() throws Exception {
        mvc.perform(get("/api/v1/syllabus"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.years.length()").value(2))
                .andExpect(jsonPath("$.years[0].code").value("Y1"))
                .andExpect(jsonPath("$.years[0].level").value("YEAR"))
                .andExpect(jsonPath("$.years[0].children[*].code")
                        .value(Matchers.contains("Y1-FND", "Y1-CVS", "Y1-RES")))
                .andExpect(jsonPath("$.years[0].children[0].children[*].name")
                        .value(Matchers.contains("Cell biology", "Biochemistry", "Genetics", "Immunology")))
                .andExpect(jsonPath("$.years[0].children[0].children[0].children[*].level")
                        .value(Matchers.contains("CONCEPT", "CONCEPT")));
    }

    @Test
    void seedingTwiceAddsNothing() {
        long once = count();
        demoSyllabus.load();
        org.assertj.core.api.Assertions.assertThat(count()).isEqualTo(once).isEqualTo(41);
    }

    @Test
    void aDisabledBlockHidesEverythingUnderIt() throws Exception {
        jdbc.sql("UPDATE content.syllabus_node SET enabled = false WHERE code = 'Y1-CVS'").update();
        mvc.perform(get("/api/v1/syllabus"))
                .andExpect(jsonPath("$.years[0].children[*].code").value(Matchers.contains("Y1-FND", "Y1-RES")))
                .andExpect(jsonPath("$..code").value(Matchers.not(Matchers.hasItem("Y1-CVS-PHYS"))));
    }

    @Test
    void reseedingPutsADeletedDemoNodeBackLastKeepingPositionsDense() {
        jdbc.sql("DELETE FROM content.syllabus_node WHERE code = 'Y1-FND-CELL-MEM'").update();
        jdbc.sql("UPDATE content.syllabus_node SET position = 0 WHERE code = 'Y1-FND-CELL-CYC'").update();
        demoSyllabus.load();
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("""
                        SELECT code FROM content.syllabus_node
                        WHERE parent_id = (SELECT id FROM content.syllabus_node WHERE code = 'Y1-FND-CELL')
                        ORDER BY position""").query(String.class).list())
                .containsExactly("Y1-FND-CELL-CYC", "Y1-FND-CELL-MEM");
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM content.syllabus_node").query(Long.class).single();
    }
}
