package io.revisio.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.platform.config.DatabaseUrl;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The reset between test classes empties what tests wrote and keeps the reference data of migrations. */
class DatabaseSnapshotTest {

    @Test
    void restoreKeepsReferenceRowsAndDropsEverythingElse() {
        DatabaseUrl url = TestServers.get().newDatabase();
        DataSource dataSource = new DriverManagerDataSource(url.jdbcUrl(), url.username(), "");
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("CREATE SCHEMA catalogue").update();
        jdbc.sql("CREATE TABLE catalogue.kind (id int PRIMARY KEY, name text NOT NULL)").update();
        jdbc.sql("CREATE TABLE catalogue.item (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
                + "kind int NOT NULL REFERENCES catalogue.kind (id), note text)").update();
        jdbc.sql("INSERT INTO catalogue.kind VALUES (1, 'reference'), (2, 'also reference')").update();

        DatabaseSnapshot snapshot = DatabaseSnapshot.take(dataSource);
        jdbc.sql("INSERT INTO catalogue.kind VALUES (3, 'written by a test')").update();
        jdbc.sql("INSERT INTO catalogue.item (kind, note) VALUES (3, 'leaked?'), (1, 'leaked?')").update();
        snapshot.restore(dataSource);

        assertThat(jdbc.sql("SELECT name FROM catalogue.kind ORDER BY id").query(String.class).list())
                .containsExactly("reference", "also reference");
        assertThat(jdbc.sql("SELECT count(*) FROM catalogue.item").query(Long.class).single()).isZero();
        jdbc.sql("INSERT INTO catalogue.item (kind, note) VALUES (1, 'fresh')").update();
        assertThat(jdbc.sql("SELECT id FROM catalogue.item").query(Long.class).single())
                .as("identities restart").isEqualTo(1L);
    }

    @Test
    void everyContextGetsItsOwnDatabase() {
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            urls.add(TestServers.get().newDatabase().jdbcUrl());
        }
        assertThat(urls.get(0)).isNotEqualTo(urls.get(1));
    }
}
