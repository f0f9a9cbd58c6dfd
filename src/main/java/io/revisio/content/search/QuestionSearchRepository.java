package io.revisio.content.search;

import io.revisio.content.question.QuestionState;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The question search in SQL, over each question's working version. Every query reads one tier of
 * relevance (or two, as one union) in an order an index can follow, and stops after a page, so the cost
 * depends on the page size rather than on how many questions match.
 */
@Repository
class QuestionSearchRepository {

    /** Marks around the matched words in the snippet; private-use characters, which no stem needs. */
    static final char MATCH_START = '\uE000';
    static final char MATCH_END = '\uE001';

    /**
     * How close in trigrams a stem's word must be to a searched word: common misspellings of clinical words
     * ("infraction", "anemia", "tropinin") score 0.46 to 0.6, below pg_trgm's default of 0.6.
     */
    static final String FUZZY_THRESHOLD = "0.45";

    private static final String WORDS = "websearch_to_tsquery('english', :text)";
    private static final String NEWEST_ORDER = "q.updated_at DESC, q.id DESC";

    private static final String SUBTREE = """
            subtree AS (SELECT id FROM content.syllabus_node WHERE id = :node
                        UNION ALL
                        SELECT child.id FROM content.syllabus_node child JOIN subtree ON child.parent_id = subtree.id),
            """;

    private static final String DETAILS = """
            SELECT page.id, page.tier, page.sort_key, w.number, w.state, p.number AS published_number,
                   left(regexp_replace(w.stem, '\\s+', ' ', 'g'), 200) AS excerpt, %s AS snippet,
                   w.theme_id, theme.name AS theme_name, w.tags, w.author_id, w.difficulty, page.updated_at
            FROM page
            JOIN content.question_version w ON w.id = page.version_id
            JOIN content.question q ON q.id = page.id
            LEFT JOIN content.question_version p ON p.id = q.published_version_id
            LEFT JOIN content.syllabus_node theme ON theme.id = w.theme_id
            ORDER BY %s
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    QuestionSearchRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A hit with the tier and key it sorts by, which the next page's cursor starts after. */
    record Found(QuestionHit hit, Tier tier, BigDecimal sortKey) {
    }

    /**
     * Settings for the rest of the search's transaction. Plans made for the values at hand: a plan cached for
     * any value cannot tell a word in every stem from a word in a few, and picks one that reads them all
     * (0.3 s instead of 3 ms for a misspelling).
     */
    void settle() {
        jdbc.sql("SELECT set_config('plan_cache_mode', 'force_custom_plan', true), "
                        + "set_config('pg_trgm.similarity_threshold', :threshold, true)")
                .param("threshold", FUZZY_THRESHOLD).query((row, n) -> 0).single();
    }

    boolean nodeExists(UUID id) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM content.syllabus_node WHERE id = :id)").param("id", id)
                .query(Boolean.class).single();
    }

    /** Questions by last update, newest first, after the cursor (if any). */
    List<Found> newest(SearchCriteria criteria, SearchCursor after, int limit) {
        String branch = branch(Tier.NEWEST, null, "0", criteria, after, NEWEST_ORDER);
        return query(criteria, after, limit, branch, false, "page.updated_at DESC, page.id DESC");
    }

    /** Questions with the words in the stem, newest first. */
    List<Found> inStem(SearchCriteria criteria, SearchCursor after, int limit) {
        String branch = branch(Tier.STEM, "w.stem_document @@ " + WORDS, "0", criteria, after, NEWEST_ORDER);
        return query(criteria, after, limit, branch, true, "page.updated_at DESC, page.id DESC");
    }

    /** Questions with the words only in options, tags or explanation, newest first. */
    List<Found> elsewhere(SearchCriteria criteria, SearchCursor after, int limit) {
        String branch = branch(Tier.ELSEWHERE, "w.search_document @@ " + WORDS + " AND NOT w.stem_document @@ "
                + WORDS, "0", criteria, after, NEWEST_ORDER);
        return query(criteria, after, limit, branch, false, "page.updated_at DESC, page.id DESC");
    }

    /**
     * Questions whose stem has words spelt like those searched for, though the words themselves are nowhere
     * in the question, newest first. Each word of 4 or more letters is matched to the few stem words closest
     * in trigrams; all the searched words must be matched, as in a search by words.
     */
    List<Found> similar(SearchCriteria criteria, SearchCursor after, int limit) {
        List<String> tokens = tokens(criteria.text());
        if (tokens.isEmpty()) {
            return List.of();
        }
        Map<String, List<String>> alike = new LinkedHashMap<>();
        tokens.forEach(token -> alike.put(token, new ArrayList<>(List.of(token))));
        jdbc.sql("""
                        SELECT t.token, alike.word FROM unnest(CAST(:tokens AS text[])) AS t(token)
                        CROSS JOIN LATERAL (SELECT word FROM content.stem_word WHERE word % t.token
                                            ORDER BY similarity(word, t.token) DESC, word LIMIT 5) alike
                        """)
                .param("tokens", tokens.toArray(String[]::new))
                .query((row, n) -> alike.get(row.getString("token")).add(row.getString("word"))).list();
        // words and tokens are letters and digits only, so they are safe as to_tsquery syntax
        String spelled = alike.values().stream().map(words -> "(" + String.join(" | ", words) + ")")
                .collect(Collectors.joining(" & "));
        String branch = branch(Tier.SIMILAR, "w.stem_document @@ to_tsquery('english', :spelled) AND NOT "
                + "w.search_document @@ " + WORDS, "0", criteria, after, NEWEST_ORDER);
        return query(criteria, after, limit, branch, false, "page.updated_at DESC, page.id DESC", spelled);
    }

    /** The distinct words of 4 to 40 letters or digits in the text, lower case, as stems' words are kept. */
    static List<String> tokens(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> word.length() >= 4 && word.length() <= 40).distinct().limit(8).toList();
    }

    /** One tier's hits in its order, at most :limit of them, after the cursor when it stopped in this tier. */
    private static String branch(Tier tier, String match, String key, SearchCriteria criteria, SearchCursor after,
            String order) {
        List<String> where = new ArrayList<>();
        if (match != null) {
            where.add(match);
        }
        filters(criteria, where);
        if (after != null && after.tier() == tier) { // a cursor of an earlier tier starts this one at its top
            where.add("(q.updated_at, q.id) < (:at, :after)");
        }
        return "(SELECT q.id, w.id AS version_id, q.updated_at, " + tier.ordinal() + " AS tier, " + key
                + " AS sort_key\nFROM content.question q JOIN content.question_version w ON w.id = q.working_version_id\n"
                + (where.isEmpty() ? "" : "WHERE " + String.join("\n  AND ", where) + "\n")
                + "ORDER BY " + order + " LIMIT :limit)";
    }

    private List<Found> query(SearchCriteria criteria, SearchCursor after, int limit, String branches,
            boolean highlight, String order) {
        return query(criteria, after, limit, branches, highlight, order, null);
    }

    private List<Found> query(SearchCriteria criteria, SearchCursor after, int limit, String branches,
            boolean highlight, String order, String spelled) {
        String sql = "WITH RECURSIVE " + (criteria.nodeId() != null ? SUBTREE : "") + "page AS (" + branches
                + ")\n" + DETAILS.formatted(highlight ? "ts_headline('english', w.stem, " + WORDS + ", :headline)"
                : "NULL", order + " LIMIT :limit");
        JdbcClient.StatementSpec statement = bind(jdbc.sql(sql).param("limit", limit), criteria);
        if (criteria.text() != null && sql.contains(":text")) {
            statement = statement.param("text", criteria.text());
        }
        if (spelled != null) {
            statement = statement.param("spelled", spelled);
        }
        if (highlight) {
            statement = statement.param("headline",
                    "StartSel=" + MATCH_START + ", StopSel=" + MATCH_END + ", MinWords=12, MaxWords=30");
        }
        if (after != null && sql.contains(":after")) {
            statement = statement.param("after", after.id()).param("at", Timestamp.from(fromMicros(after.key())));
        }
        return statement.query(this::found).list();
    }

    private static void filters(SearchCriteria criteria, List<String> where) {
        if (!criteria.states().isEmpty()) {
            where.add("w.state IN (:states)");
        }
        if (criteria.nodeId() != null) {
            where.add("(w.theme_id IN (SELECT id FROM subtree) OR EXISTS (SELECT 1 FROM "
                    + "content.question_version_concept c WHERE c.version_id = w.id "
                    + "AND c.concept_id IN (SELECT id FROM subtree)))");
        }
        if (!criteria.tags().isEmpty()) {
            where.add("w.tags @> CAST(:tags AS jsonb)");
        }
        if (criteria.authorId() != null) {
            where.add("w.author_id = :author");
        }
        if (!criteria.difficulties().isEmpty()) {
            where.add("w.difficulty IN (:difficulties)");
        }
        if (criteria.difficultyMin() != null) {
            where.add("w.difficulty >= :difficultyMin");
        }
        if (criteria.difficultyMax() != null) {
            where.add("w.difficulty <= :difficultyMax");
        }
        if (criteria.updatedFrom() != null) {
            where.add("q.updated_at >= :updatedFrom");
        }
        if (criteria.updatedUntil() != null) {
            where.add("q.updated_at < :updatedUntil");
        }
    }

    private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, SearchCriteria criteria) {
        if (!criteria.states().isEmpty()) {
            statement = statement.param("states", criteria.states().stream().map(Enum::name).toList());
        }
        if (criteria.nodeId() != null) {
            statement = statement.param("node", criteria.nodeId());
        }
        if (!criteria.tags().isEmpty()) {
            statement = statement.param("tags", json.writeValueAsString(criteria.tags()));
        }
        if (criteria.authorId() != null) {
            statement = statement.param("author", criteria.authorId());
        }
        if (!criteria.difficulties().isEmpty()) {
            statement = statement.param("difficulties", criteria.difficulties());
        }
        if (criteria.difficultyMin() != null) {
            statement = statement.param("difficultyMin", criteria.difficultyMin());
        }
        if (criteria.difficultyMax() != null) {
            statement = statement.param("difficultyMax", criteria.difficultyMax());
        }
        if (criteria.updatedFrom() != null) {
            statement = statement.param("updatedFrom", Timestamp.from(criteria.updatedFrom()));
        }
        if (criteria.updatedUntil() != null) {
            statement = statement.param("updatedUntil", Timestamp.from(criteria.updatedUntil()));
        }
        return statement;
    }

    private Found found(ResultSet row, int n) throws SQLException {
        Instant updated = row.getTimestamp("updated_at").toInstant();
        UUID themeId = row.getObject("theme_id", UUID.class);
        int published = row.getInt("published_number");
        int difficulty = row.getInt("difficulty");
        boolean noDifficulty = row.wasNull();
        QuestionHit hit = new QuestionHit(row.getObject("id", UUID.class), row.getInt("number"),
                QuestionState.valueOf(row.getString("state")), published == 0 ? null : published,
                row.getString("excerpt"), snippet(row.getString("snippet")),
                themeId == null ? null : new QuestionHit.Theme(themeId, row.getString("theme_name")),
                json.readValue(row.getString("tags"), new TypeReference<List<String>>() { }),
                row.getObject("author_id", UUID.class), noDifficulty ? null : difficulty, updated);
        Tier tier = Tier.values()[row.getInt("tier")];
        return new Found(hit, tier, micros(updated));
    }

    /** The headline split at its marks; empty when nothing in the stem was matched. */
    static List<QuestionHit.SnippetPart> snippet(String headline) {
        if (headline == null || headline.indexOf(MATCH_START) < 0) {
            return List.of();
        }
        List<QuestionHit.SnippetPart> parts = new ArrayList<>();
        String flat = headline.replaceAll("\\s+", " ");
        int at = 0;
        while (at < flat.length()) {
            int start = flat.indexOf(MATCH_START, at);
            if (start < 0) {
                parts.add(new QuestionHit.SnippetPart(flat.substring(at), false));
                break;
            }
            if (start > at) {
                parts.add(new QuestionHit.SnippetPart(flat.substring(at, start), false));
            }
            int end = flat.indexOf(MATCH_END, start);
            end = end < 0 ? flat.length() : end;
            parts.add(new QuestionHit.SnippetPart(flat.substring(start + 1, end), true));
            at = end + 1;
        }
        return parts;
    }

    static BigDecimal micros(Instant instant) {
        return BigDecimal.valueOf(instant.getEpochSecond()).multiply(BigDecimal.valueOf(1_000_000))
                .add(BigDecimal.valueOf(instant.getNano() / 1_000));
    }

    static Instant fromMicros(BigDecimal micros) {
        long value = micros.longValueExact();
        return Instant.ofEpochSecond(Math.floorDiv(value, 1_000_000), Math.floorMod(value, 1_000_000) * 1_000L);
    }
}
