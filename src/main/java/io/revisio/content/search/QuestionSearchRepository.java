package io.revisio.content.search;

import io.revisio.content.question.QuestionState;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The question search in SQL: each question's working version, matched by full text (stem weighted above
 * options and tags, and those above the explanation) or, for a misspelt word, by trigram similarity to the
 * stem; filtered, then ordered by relevance or by last update, and paged by keyset.
 */
@Repository
class QuestionSearchRepository {

    /** Marks around the matched words in the snippet; private-use characters, which no stem needs. */
    static final char MATCH_START = '\uE000';
    static final char MATCH_END = '\uE001';

    /** Shorter text has too few trigrams to say anything about similarity. */
    static final int FUZZY_MIN_LENGTH = 4;

    /**
     * How close a word of the stem must be to the search text: common misspellings of clinical words
     * ("infraction", "anemia", "tropinin") score 0.46 to 0.6, below pg_trgm's default of 0.6.
     */
    static final String FUZZY_THRESHOLD = "0.45";

    private static final String RANK = "round((ts_rank(w.search_document, query)"
            + " + 0.5 * word_similarity(:text, w.stem))::numeric, 6)";
    private static final String RANK_WITHOUT_FUZZY = "round(ts_rank(w.search_document, query)::numeric, 6)";

    private static final String SUBTREE = """
            subtree AS (SELECT id FROM content.syllabus_node WHERE id = :node
                        UNION ALL
                        SELECT child.id FROM content.syllabus_node child JOIN subtree ON child.parent_id = subtree.id),
            """;

    private static final String DETAILS = """
            SELECT page.id, page.sort_key, w.number, w.state, p.number AS published_number,
                   left(regexp_replace(w.stem, '\\s+', ' ', 'g'), 200) AS excerpt, %s AS snippet,
                   w.theme_id, theme.name AS theme_name, w.tags, w.author_id, w.difficulty, page.updated_at
            FROM page
            JOIN content.question_version w ON w.id = page.version_id
            JOIN content.question q ON q.id = page.id
            LEFT JOIN content.question_version p ON p.id = q.published_version_id
            LEFT JOIN content.syllabus_node theme ON theme.id = w.theme_id
            %s
            ORDER BY %s
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    QuestionSearchRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    boolean nodeExists(UUID id) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM content.syllabus_node WHERE id = :id)").param("id", id)
                .query(Boolean.class).single();
    }

    /** The page after the cursor (or the first page), with one hit more than asked when there is a next page. */
    List<Found> search(SearchCriteria criteria, SearchCursor after) {
        boolean ranked = criteria.ranked();
        boolean fuzzy = ranked && criteria.text().strip().length() >= FUZZY_MIN_LENGTH;
        String rank = fuzzy ? RANK : RANK_WITHOUT_FUZZY;
        List<String> where = new ArrayList<>();
        if (ranked) {
            where.add(fuzzy ? "(w.search_document @@ query OR :text <% w.stem)" : "w.search_document @@ query");
        }
        filters(criteria, where);
        if (after != null) {
            where.add(ranked ? "(" + rank + " < :key OR (" + rank + " = :key AND q.id > :after))"
                    : "(q.updated_at, q.id) < (:at, :after)");
        }
        String sql = "WITH RECURSIVE " + (criteria.nodeId() != null ? SUBTREE : "")
                + "page AS (SELECT q.id, w.id AS version_id, q.updated_at, "
                + (ranked ? rank : "0") + " AS sort_key\n"
                + "FROM content.question q JOIN content.question_version w ON w.id = q.working_version_id\n"
                + (ranked ? "CROSS JOIN websearch_to_tsquery('english', :text) AS query\n" : "")
                + (where.isEmpty() ? "" : "WHERE " + String.join("\n  AND ", where) + "\n")
                + "ORDER BY " + (ranked ? "sort_key DESC, q.id" : "q.updated_at DESC, q.id DESC")
                + "\nLIMIT :limit)\n"
                + DETAILS.formatted(
                        ranked ? "CASE WHEN w.search_document @@ query THEN ts_headline('english', w.stem, query, "
                                + ":headline) END" : "NULL",
                        ranked ? "CROSS JOIN websearch_to_tsquery('english', :text) AS query" : "",
                        ranked ? "page.sort_key DESC, page.id" : "page.updated_at DESC, page.id DESC");
        if (fuzzy) {
            // for this transaction only; the search runs in one
            jdbc.sql("SELECT set_config('pg_trgm.word_similarity_threshold', :threshold, true)")
                    .param("threshold", FUZZY_THRESHOLD).query(String.class).single();
        }
        JdbcClient.StatementSpec statement = jdbc.sql(sql).param("limit", criteria.size() + 1);
        statement = bind(statement, criteria);
        if (ranked) {
            statement = statement.param("text", criteria.text()).param("headline",
                    "StartSel=" + MATCH_START + ", StopSel=" + MATCH_END + ", MinWords=12, MaxWords=30");
        }
        if (after != null) {
            statement = statement.param("after", after.id());
            statement = ranked ? statement.param("key", after.key())
                    : statement.param("at", Timestamp.from(fromMicros(after.key())));
        }
        return statement.query(this::found).list();
    }

    /** A hit with the key it sorts by, which the next page's cursor starts after. */
    record Found(QuestionHit hit, BigDecimal sortKey) {
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
        BigDecimal key = row.getBigDecimal("sort_key");
        return new Found(hit, row.getObject("sort_key") instanceof BigDecimal ? key : micros(updated));
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
