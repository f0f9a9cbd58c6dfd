package io.revisio.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.revisio.testing.Api;
import io.revisio.testing.IntegrationTest;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * With every database connection taken, a request that needs one gets a 503 problem with Retry-After once
 * the pool's wait runs out: the server is busy, not broken, and says so.
 */
@IntegrationTest
class DatabaseBusyTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DataSource dataSource;

    @Test
    void anEmptyConnectionPoolIsA503WithRetryAfter() throws Exception {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        List<Connection> taken = new ArrayList<>();
        Api.Response response;
        try {
            while (taken.size() < pool.getMaximumPoolSize()) {
                taken.add(pool.getConnection());
            }
            response = new Api(mvc).post("/api/v1/auth/login",
                    "{\"email\":\"someone@example.org\",\"password\":\"a password long enough\"}", null);
        } finally {
            for (Connection connection : taken) {
                connection.close();
            }
        }
        assertThat(response.status()).as(response.body()).isEqualTo(503);
        assertThat(response.raw().getHeader("Retry-After")).isEqualTo("2");
        assertThat(response.<String>json("$.type")).isEqualTo("urn:revisio:problem:busy");
        assertThat(response.body()).contains("busy right now").doesNotContain("Hikari");
    }
}
