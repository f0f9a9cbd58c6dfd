package io.revisio.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The rows of every module table right after migration (the reference data), so that a database can
 * be put back into exactly that state between test classes.
 */
public final class DatabaseSnapshot {

    private static final String TABLES = """
            SELECT quote_ident(table_schema) || '.' || quote_ident(table_name)
            FROM information_schema.tables
            WHERE table_type = 'BASE TABLE'
              AND table_schema NOT IN ('pg_catalog', 'information_schema')
              AND table_name <> 'flyway_schema_history'
            ORDER BY 1
            """;

    private final List<String> tables;
    private final Map<String, byte[]> rows;

    private DatabaseSnapshot(List<String> tables, Map<String, byte[]> rows) {
        this.tables = tables;
        this.rows = rows;
    }

    public static DatabaseSnapshot take(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            List<String> tables = new ArrayList<>();
            try (var result = connection.createStatement().executeQuery(TABLES)) {
                while (result.next()) {
                    tables.add(result.getString(1));
                }
            }
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            Map<String, byte[]> rows = new LinkedHashMap<>();
            for (String table : tables) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                long count = copy.copyOut("COPY " + table + " TO STDOUT (FORMAT binary)", out);
                if (count > 0) {
                    rows.put(table, out.toByteArray());
                }
            }
            return new DatabaseSnapshot(tables, rows);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Could not snapshot the test database", e);
        }
    }

    /** Empties every table and puts the reference rows back, in one transaction. */
    public void restore(DataSource dataSource) {
        if (tables.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.createStatement().execute("TRUNCATE " + String.join(", ", tables) + " RESTART IDENTITY CASCADE");
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (Map.Entry<String, byte[]> table : rows.entrySet()) {
                copy.copyIn("COPY " + table.getKey() + " FROM STDIN (FORMAT binary)",
                        new ByteArrayInputStream(table.getValue()));
            }
            connection.commit();
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Could not reset the test database", e);
        }
    }
}
