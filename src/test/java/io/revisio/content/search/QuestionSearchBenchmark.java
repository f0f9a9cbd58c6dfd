package io.revisio.content.search;

import com.zaxxer.hikari.HikariDataSource;
import io.revisio.platform.config.DatabaseUrl;
import io.revisio.testing.TestServers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * Latency of the question search over 100,000 generated questions, through the application's own parsing
 * and SQL, in a throwaway database on the test PostgreSQL. Not a test: its name keeps it out of Surefire's
 * includes, and it runs only when asked, as docs/benchmarks/question-search.md shows.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "question-search")
class QuestionSearchBenchmark {

    private static final int RUNS = 100;
    private static final Random RANDOM = new Random(42);
    private static final List<String> WORDS = List.of("pneumothorax", "murmur", "troponin", "cirrhosis",
            "warfarin", "meningitis", "glaucoma", "pregnancy", "fracture", "lithium", "sarcoidosis", "insulin",
            "stenosis", "infarction", "embolism", "colitis", "anaemia", "fever", "history", "patient");
    private static final List<String> PHRASES = List.of("\"chest pain\"", "\"blood pressure\"",
            "\"shortness of breath\"", "\"heart rate\"", "\"most likely diagnosis\"", "\"serum level\"");
    private static final List<String> TYPOS = List.of("pnuemothorax", "menigitis", "glucoma", "sarcoidossis",
            "cirhosis", "tropinin", "embolsm", "infraction", "warfarine", "anemia");
    private static final List<String> STATES = List.of("DRAFT", "IN_REVIEW", "CHANGES_REQUESTED", "APPROVED",
            "PUBLISHED", "ARCHIVED");

    @Test
    void measure() throws Exception {
        DatabaseUrl url = TestServers.get().newDatabase();
        try (HikariDataSource data = new HikariDataSource()) {
            data.setJdbcUrl(url.jdbcUrl());
            data.setUsername(url.username());
            data.setMaximumPoolSize(2); // Flyway holds one for its lock
            Flyway.configure().dataSource(data).locations("classpath:db/migration").defaultSchema("platform")
                    .schemas("platform").createSchemas(true).load().migrate();
            JdbcClient jdbc = JdbcClient.create(data);
            long loading = System.nanoTime();
            String script = new ClassPathResource("benchmark/question-search-data.sql").getContentAsString(
                    java.nio.charset.StandardCharsets.UTF_8);
            try (var connection = data.getConnection(); var statement = connection.createStatement()) {
                statement.execute(script);
                // A bank in use was vacuumed long ago. Freshly loaded, the first read of every page would set
                // its hint bits and write it back: the cost of loading, not of searching.
                statement.execute("VACUUM ANALYZE");
                statement.execute("CHECKPOINT");
            }
            Duration loaded = Duration.ofNanos(System.nanoTime() - loading);
            QuestionSearch search = new QuestionSearch(new QuestionSearchRepository(jdbc, JsonMapper.builder().build()));
            TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(data));
            transaction.setReadOnly(true);
            List<String> blocks = jdbc.sql("SELECT id::text FROM content.syllabus_node WHERE level = 'BLOCK'")
                    .query(String.class).list();
            List<String> themes = jdbc.sql("SELECT id::text FROM content.syllabus_node WHERE level = 'THEME'")
                    .query(String.class).list();

            Map<String, Supplier<MultiValueMap<String, String>>> mix = new LinkedHashMap<>();
            mix.put("word", () -> query("q", pick(WORDS)));
            mix.put("phrase", () -> query("q", pick(PHRASES)));
            mix.put("typo", () -> query("q", pick(TYPOS)));
            mix.put("filters only", () -> with(with(query("status", pick(STATES)), "node", pick(blocks)),
                    "difficultyMin", "2"));
            mix.put("filter + word", () -> with(with(query("q", pick(WORDS)), "status", pick(STATES)), "node",
                    pick(themes)));
            mix.put("tag + updated range", () -> with(with(query("tag", "tag" + RANDOM.nextInt(60)), "updatedFrom",
                    "2024-06-01"), "updatedTo", "2025-01-01"));

            StringBuilder report = new StringBuilder();
            report.append("Dataset: ").append(count(jdbc, "content.question")).append(" questions, ")
                    .append(count(jdbc, "content.question_version")).append(" versions, loaded in ")
                    .append(loaded.toSeconds()).append(" s\n\n");
            report.append("| query | runs | p50 ms | p95 ms | p99 ms | max ms | mean hits |\n")
                    .append("|---|---|---|---|---|---|---|\n");
            List<Double> all = new ArrayList<>();
            for (var entry : mix.entrySet()) {
                measure(entry.getKey(), entry.getValue(), search, transaction, 0, report, all);
            }
            measure("word, page 20 by cursor", mix.get("word"), search, transaction, 19, report, all);
            measure("filters, page 20 by cursor", mix.get("filters only"), search, transaction, 19, report, all);
            double[] everything = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            report.append("| **all** | ").append(everything.length).append(" | ")
                    .append(format(percentile(everything, 50))).append(" | ")
                    .append(format(percentile(everything, 95))).append(" | ")
                    .append(format(percentile(everything, 99))).append(" | ")
                    .append(format(everything[everything.length - 1])).append(" | |\n");
            Path out = Path.of("target", "benchmarks", "question-search.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
            System.out.println("\n" + report);
        }
    }

    /** Runs one kind of query, timing only the page asked for (the pages before it only supply the cursor). */
    private static void measure(String name, Supplier<MultiValueMap<String, String>> queries, QuestionSearch search,
            TransactionTemplate transaction, int skipPages, StringBuilder report, List<Double> all) {
        for (int warm = 0; warm < 10; warm++) {
            run(search, transaction, queries.get(), skipPages);
        }
        double[] millis = new double[RUNS];
        long hits = 0;
        for (int i = 0; i < RUNS; i++) {
            Timed timed = run(search, transaction, queries.get(), skipPages);
            millis[i] = timed.millis();
            hits += timed.hits();
        }
        Arrays.sort(millis);
        Arrays.stream(millis).forEach(all::add);
        report.append("| ").append(name).append(" | ").append(RUNS).append(" | ")
                .append(format(percentile(millis, 50))).append(" | ").append(format(percentile(millis, 95)))
                .append(" | ").append(format(percentile(millis, 99))).append(" | ")
                .append(format(millis[RUNS - 1])).append(" | ").append(hits / RUNS).append(" |\n");
        System.out.println(report.substring(report.lastIndexOf("| " + name)));
    }

    private record Timed(double millis, int hits) {
    }

    private static Timed run(QuestionSearch search, TransactionTemplate transaction,
            MultiValueMap<String, String> query, int skipPages) {
        String cursor = null;
        for (int page = 0; page < skipPages; page++) {
            String after = cursor;
            cursor = transaction.execute(status -> search.search(search.criteria(query), after)).next();
            if (cursor == null) {
                break;
            }
        }
        String after = cursor;
        long start = System.nanoTime();
        SearchResult result = transaction.execute(status -> search.search(search.criteria(query), after));
        return new Timed((System.nanoTime() - start) / 1e6, result.items().size());
    }

    private static MultiValueMap<String, String> query(String name, String value) {
        return with(new LinkedMultiValueMap<>(), name, value);
    }

    private static MultiValueMap<String, String> with(MultiValueMap<String, String> query, String name, String value) {
        query.add(name, value);
        return query;
    }

    private static String pick(List<String> values) {
        return values.get(RANDOM.nextInt(values.size()));
    }

    private static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    private static double percentile(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static String format(double millis) {
        return String.format(java.util.Locale.ROOT, "%.1f", millis);
    }
}
