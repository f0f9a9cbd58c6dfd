package io.revisio.content.transfer;

import io.revisio.content.question.QuestionContent.Option;
import io.revisio.content.question.QuestionContent.SourceReference;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The content hash that finds a question already in the bank without an external id: SHA-256 of the
 * canonical form of what the question says (docs/content/import.md). The external id is not part of it,
 * and the syllabus counts by code, so the same question hashes alike in every installation.
 */
final class ContentHash {

    private static final JsonMapper CANONICAL = JsonMapper.builder().build();

    private ContentHash() {
    }

    static String of(PortableQuestion question) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("stem", text(question.stem()));
        form.put("options", question.options().stream().map(ContentHash::option).toList());
        form.put("explanation", text(question.explanation()));
        form.put("references", question.references().stream().map(ContentHash::reference).toList());
        form.put("tags", question.tags().stream().map(ContentHash::text).toList());
        form.put("theme", text(question.theme()));
        form.put("concepts", question.concepts().stream().map(ContentHash::text).toList());
        form.put("difficulty", question.difficulty());
        return sha256(CANONICAL.writeValueAsString(form));
    }

    private static Map<String, Object> option(Option option) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("text", text(option.text()));
        form.put("correct", option.correct());
        return form;
    }

    private static List<String> reference(SourceReference ref) {
        return List.of(text(ref.source()), text(ref.page()), text(ref.url()));
    }

    /** Line endings as LF, no surrounding white space, and null as empty. */
    static String text(String value) {
        return value == null ? "" : value.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    private static String sha256(String canonical) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
