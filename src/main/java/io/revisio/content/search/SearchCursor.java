package io.revisio.content.search;

import io.revisio.shared.problem.ProblemException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Where the next page starts: the sort key and id of the last hit shown. Opaque to clients; it carries a
 * digest of itself and of the search it belongs to, so a cursor that was altered, cut short, or sent with
 * other filters is refused (400) rather than silently paging through something else. It grants nothing, so
 * it needs no secret.
 *
 * @param tier the last hit's tier of relevance (see {@link Tier}); {@code NEWEST} when no words were given
 * @param key  the last hit's update time in epoch microseconds
 */
record SearchCursor(Tier tier, BigDecimal key, UUID id) {

    private static final String VERSION = "1";

    String encode(SearchCriteria criteria) {
        String payload = VERSION + "~" + tier.name() + "~" + key.toPlainString() + "~" + id;
        String token = payload + "~" + digest(payload, criteria);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token.getBytes(StandardCharsets.UTF_8));
    }

    static SearchCursor decode(String cursor, SearchCriteria criteria) {
        try {
            if (cursor.length() > 300) {
                throw new IllegalArgumentException("too long");
            }
            String token = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = token.split("~", -1);
            if (parts.length != 5 || !parts[0].equals(VERSION)) {
                throw new IllegalArgumentException("shape");
            }
            String payload = parts[0] + "~" + parts[1] + "~" + parts[2] + "~" + parts[3];
            if (!MessageDigest.isEqual(parts[4].getBytes(StandardCharsets.UTF_8),
                    digest(payload, criteria).getBytes(StandardCharsets.UTF_8))) {
                throw new IllegalArgumentException("digest");
            }
            return new SearchCursor(Tier.valueOf(parts[1]), new BigDecimal(parts[2]), UUID.fromString(parts[3]));
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw foreign();
        }
    }

    static ProblemException foreign() {
        return SearchParameters.invalid("cursor", "invalid",
                "is not a cursor of this search; start again from the first page");
    }

    private static String digest(String payload, SearchCriteria criteria) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(
                    (payload + "\u001e" + criteria.fingerprint()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(Arrays.copyOf(hash, 12));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
