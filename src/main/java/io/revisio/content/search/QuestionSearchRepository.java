package io.revisio.content.search;

import io.revisio.content.question.QuestionState;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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
 * The question search in SQL, over {@code content.question_search} (one row per question: its working
 * version's filters, update time and tsvectors). Each tier of relevance is read in one of two ways, so its
 * cost stays bounded whether few or many questions match.
 * <ul>
 * <li>First, the matches are fetched through bitmap index scans, at most {@link #FEW} of them; when there
 * are fewer, they are all there is, and the page is the newest of them: a cost that grows with the
 * matches, not the bank.</li>
 * <li>Otherwise the bank is walked newest first and checked row by row; with that many matches a page
 * fills after a few hundred or thousand rows.</li>
 * </ul>
 * Left to itself the planner cannot tell the two apart (it guesses how many rows match from statistics),
 * and a wrong guess either way read the whole bank; so each query is planned with the other kind of scan
 * switched off for the rest of the transaction.
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

    /** Below this many matches a tier is fetched whole and sorted; from it on, walked newest first. */
    static final int FEW = 2000;

    private static final String WORDS = "websearch_to_tsquery('english', :text)";

    /**
     * A page of hits with their details, newest first, from the tier's matches (all of them up to the cap,
     * or the first of a walk), and how many matches there were.
     */
    private static final String PAGE = """
            WITH matches AS MATERIALIZED (%s),
            page AS (SELECT * FROM matches ORDER BY updated_at DESC, question_id DESC LIMIT :limit)
            SELECT (SELECT count(*) FROM matches) AS matches, page.question_id, page.updated_at, w.number, w.state,
                   p.number AS published_number, left(regexp_replace(w.stem, '\\s+', ' ', 'g'), 200) AS excerpt,
                   %s AS snippet, w.theme_id, theme.name AS theme_name, w.tags, w.author_id, w.difficulty
            FROM page
            JOIN content.question_version w ON w.id = page.version_id
            JOIN content.question q ON q.id = page.question_id
            LEFT JOIN content.question_version p ON p.id = q.published_version_id
            LEFT JOIN content.syllabus_node theme ON theme.id = w.theme_id
            ORDER BY page.updated_at DESC, page.question_id DESC
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    QuestionSearchRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A hit with the tier it was found in, which the next page's cursor starts from. */
    record Found(QuestionHit hit, Tier tier) {
    }

    /**
     * Settings for the rest of the search's transaction. Plans made for the values at hand: a plan cached for
     * any value cannot tell a word in every stem from a word in a few. No sequential scans: every way of
     * reading the search table has an index.
     */
    void settle() {
        jdbc.sql("SELECT set_config('plan_cache_mode', 'force_custom_plan', true), "
                        + "set_config('pg_trgm.similarity_threshold', :threshold, true), "
                        + "set_config('enable_seqscan', 'off', true)")
                .param("threshold", FUZZY_THRESHOLD).query((row, n) -> 0).single();
    }

    boolean nodeExists(UUID id) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM content.syllabus_node WHERE id = :id)").param("id", id)
                .query(Boolean.class).single();
    }

    /**
     * The themes and concepts in the node's subtree (the node included). The syllabus is small, so the
     * subtree is looked up once and given to the search as two lists, each matched by its own index and
     * estimated from its own column's statistics.
     */
    Subtree subtree(UUID node) {
        List<UUID> themes = new ArrayList<>();
        List<UUID> concepts = new ArrayList<>();
        jdbc.sql("""
                        WITH RECURSIVE subtree AS (
                            SELECT id, level FROM content.syllabus_node WHERE id = :node
                            UNION ALL
                            SELECT child.id, child.level FROM content.syllabus_node child
                            JOIN subtree ON child.parent_id = subtree.id)
                        SELECT id, level FROM subtree WHERE level IN ('THEME', 'CONCEPT')
                        """)
                .param("node", node)
                .query((row, n) -> (row.getString("level").equals("THEME") ? themes : concepts)
                        .add(row.getObject("id", UUID.class)))
                .list();
        return new Subtree(themes, concepts);
    }

    /** The themes and concepts of a syllabus subtree. */
    record Subtree(List<UUID> themes, List<UUID> concepts) {
    }

    /** Questions by last update, newest first, after the cursor (if any). */
    List<Found> newest(Scope scope, SearchCursor after, int limit) {
        return tier(Tier.NEWEST, null, Map.of(), scope, after, limit);
    }

    /** Questions with the words in the stem, newest first. */
    List<Found> inStem(Scope scope, SearchCursor after, int limit) {
        return tier(Tier.STEM, "s.stem_document @@ " + WORDS, Map.of(), scope, after, limit);
    }

    /** Questions with the words only in options, tags or explanation, newest first. */
    List<Found> elsewhere(Scope scope, SearchCursor after, int limit) {
        return tier(Tier.ELSEWHERE, "s.search_document @@ " + WORDS + " AND NOT s.stem_document @@ " + WORDS,
                Map.of(), scope, after, limit);
    }

    /**
     * Questions whose stem has words spelt like those searched for, though the words themselves are nowhere
     * in the question, newest first. Each word of 4 or more letters is matched to the few stem words closest
     * in trigrams; all the searched words must be matched, as in a search by words.
     */
    List<Found> similar(Scope scope, SearchCursor after, int limit) {
        List<String> tokens = tokens(scope.criteria().text());
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
        // The questions with the words themselves belong to the tiers before; this tier is only reached once
        // they ran out, so they are few, and leaving them out by id saves reading every candidate's document.
        UUID[] known = withWords(scope).toArray(UUID[]::new);
        return tier(Tier.SIMILAR, "s.stem_document @@ to_tsquery('english', :spelled) "
                + "AND s.question_id <> ALL (:known)", Map.of("spelled", spelled, "known", known), scope, after, limit);
    }

    /** The questions with the words anywhere, under the search's filters; through bitmap index scans. */
    private List<UUID> withWords(Scope scope) {
        Map<String, Object> params = new HashMap<>();
        params.put("text", scope.criteria().text());
        List<String> where = new ArrayList<>(List.of("s.search_document @@ " + WORDS));
        filters(scope, where, params);
        plan(false);
        return jdbc.sql("SELECT s.question_id FROM content.question_search s WHERE " + String.join(" AND ", where))
                .params(params).query(UUID.class).list();
    }

    /** The distinct words of 4 to 40 letters or digits in the text, lower case, as stems' words are kept. */
    static List<String> tokens(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> word.length() >= 4 && word.length() <= 40).distinct().limit(8).toList();
    }

    /** The criteria of one search with its syllabus node (if any) expanded to its subtree. */
    record Scope(SearchCriteria criteria, Subtree subtree) {
    }

    /**
     * One tier's hits, newest first, at most {@code limit} of them, after the cursor when it stopped in this
     * tier (a cursor of an earlier tier starts this one at its top).
     */
    private List<Found> tier(Tier tier, String match, Map<String, Object> extra, Scope scope, SearchCursor after,
            int limit) {
        SearchCriteria criteria = scope.criteria();
        Map<String, Object> params = new HashMap<>(extra);
        List<String> where = new ArrayList<>();
        if (match != null) {
            where.add(match);
            params.put("text", criteria.text());
        }
        filters(scope, where, params);
        if (after != null && after.tier() == tier) {
            where.add("(s.updated_at, s.question_id) < (:at, :after)");
            params.put("at", Timestamp.from(fromMicros(after.key())));
            params.put("after", after.id());
        }
        String matches = "SELECT s.question_id, s.version_id, s.updated_at FROM content.question_search s\n"
                + (where.isEmpty() ? "" : "WHERE " + String.join("\n  AND ", where) + "\n");
        String snippet = "NULL";
        if (tier == Tier.STEM) {
            snippet = "ts_headline('english', w.stem, " + WORDS + ", :headline)";
            params.put("headline", "StartSel=" + MATCH_START + ", StopSel=" + MATCH_END + ", MinWords=12, MaxWords=30");
        }
        params.put("limit", limit);
        if (!where.isEmpty()) {
            plan(false);
            params.put("cap", FEW);
            Page all = page(PAGE.formatted(matches + "LIMIT :cap", snippet), params, tier);
            if (all.matches() < FEW) {
                return all.found();
            }
        }
        plan(true);
        return page(PAGE.formatted(matches + "ORDER BY s.updated_at DESC, s.question_id DESC LIMIT :limit", snippet),
                params, tier).found();
    }

    /** The hits of a page and how many matches they were taken from. */
    private record Page(List<Found> found, long matches) {
    }

    private Page page(String sql, Map<String, Object> params, Tier tier) {
        long[] matches = {0};
        List<Found> found = jdbc.sql(sql).params(params).query((row, n) -> {
            matches[0] = row.getLong("matches");
            return new Found(hit(row), tier);
        }).list();
        return new Page(found, matches[0]);
    }

    /** Plans the next queries as a newest-first walk of an index, or as bitmap index scans and a sort. */
    private void plan(boolean walk) {
        jdbc.sql("SELECT set_config('enable_indexscan', :walk, true), set_config('enable_bitmapscan', :bitmap, true)")
                .param("walk", walk ? "on" : "off").param("bitmap", walk ? "off" : "on").query((row, n) -> 0)
                .single();
    }

    private static void filters(Scope scope, List<String> where, Map<String, Object> params) {
        SearchCriteria criteria = scope.criteria();
        if (!criteria.states().isEmpty()) {
            where.add("s.state IN (:states)");
            params.put("states", criteria.states().stream().map(Enum::name).toList());
        }
        if (criteria.nodeId() != null) {
            // a question is in the subtree when its theme is, or one of its concepts (concepts can be moved)
            List<String> either = new ArrayList<>();
            if (!scope.subtree().themes().isEmpty()) {
                either.add("s.theme_id = ANY (:themes)");
                params.put("themes", scope.subtree().themes().toArray(UUID[]::new));
            }
            if (!scope.subtree().concepts().isEmpty()) {
                either.add("s.concept_ids && :concepts");
                params.put("concepts", scope.subtree().concepts().toArray(UUID[]::new));
            }
            where.add(either.isEmpty() ? "false" : "(" + String.join(" OR ", either) + ")");
        }
        if (!criteria.tags().isEmpty()) {
            where.add("s.tags @> CAST(:tags AS text[])");
            params.put("tags", criteria.tags().toArray(String[]::new));
        }
        if (criteria.authorId() != null) {
            where.add("s.author_id = :author");
            params.put("author", criteria.authorId());
        }
        if (!criteria.difficulties().isEmpty()) {
            where.add("s.difficulty IN (:difficulties)");
            params.put("difficulties", criteria.difficulties());
        }
        if (criteria.difficultyMin() != null) {
            where.add("s.difficulty >= :difficultyMin");
            params.put("difficultyMin", criteria.difficultyMin());
        }
        if (criteria.difficultyMax() != null) {
            where.add("s.difficulty <= :difficultyMax");
            params.put("difficultyMax", criteria.difficultyMax());
        }
        if (criteria.updatedFrom() != null) {
            where.add("s.updated_at >= :updatedFrom");
            params.put("updatedFrom", Timestamp.from(criteria.updatedFrom()));
        }
        if (criteria.updatedUntil() != null) {
            where.add("s.updated_at < :updatedUntil");
            params.put("updatedUntil", Timestamp.from(criteria.updatedUntil()));
        }
    }

    private QuestionHit hit(ResultSet row) throws SQLException {
        Instant updated = row.getTimestamp("updated_at").toInstant();
        UUID themeId = row.getObject("theme_id", UUID.class);
        int published = row.getInt("published_number");
        int difficulty = row.getInt("difficulty");
        boolean noDifficulty = row.wasNull();
        return new QuestionHit(row.getObject("question_id", UUID.class), row.getInt("number"),
                QuestionState.valueOf(row.getString("state")), published == 0 ? null : published,
                row.getString("excerpt"), snippet(row.getString("snippet")),
                themeId == null ? null : new QuestionHit.Theme(themeId, row.getString("theme_name")),
                json.readValue(row.getString("tags"), new TypeReference<List<String>>() { }),
                row.getObject("author_id", UUID.class), noDifficulty ? null : difficulty, updated);
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
