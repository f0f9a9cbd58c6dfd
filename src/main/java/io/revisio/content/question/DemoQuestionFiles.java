package io.revisio.content.question;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the demo question files, {@code demo/questions/<theme code>.json} on the class path, each an array
 * of questions. A file that does not parse, or a question that is not fit to publish, stops the loading
 * with a message naming the file and the question's key.
 */
@Component
class DemoQuestionFiles {

    static final String LOCATION = "classpath*:demo/questions/*.json";

    private final ObjectReader reader;
    private final Validator validator;

    DemoQuestionFiles(JsonMapper json, Validator validator) {
        // A misspelt field would otherwise be dropped silently.
        this.reader = json.readerFor(new TypeReference<List<DemoQuestion>>() { })
                .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.validator = validator;
    }

    /** Every file, in theme-code order, so the questions come out in the same order everywhere. */
    List<DemoQuestionFile> all() {
        Resource[] resources;
        try {
            resources = new PathMatchingResourcePatternResolver().getResources(LOCATION);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the demo question files", e);
        }
        List<DemoQuestionFile> files = new ArrayList<>();
        for (Resource resource : resources) {
            files.add(read(resource.getFilename(), resource));
        }
        files.sort(Comparator.comparing(DemoQuestionFile::themeCode));
        return files;
    }

    DemoQuestionFile read(String name, Resource resource) {
        String themeCode = name.substring(0, name.length() - ".json".length());
        List<DemoQuestion> questions;
        try (InputStream in = resource.getInputStream()) {
            questions = reader.readValue(in);
        } catch (IOException | JacksonException e) {
            throw new IllegalStateException("Demo question file " + name + " does not parse: " + e.getMessage(), e);
        }
        if (questions == null || questions.isEmpty()) {
            throw new IllegalStateException("Demo question file " + name + " holds no questions");
        }
        Set<String> keys = new HashSet<>();
        for (DemoQuestion question : questions) {
            if (question == null) {
                throw new IllegalStateException("Demo question file " + name + " holds an empty entry");
            }
            List<String> problems = new ArrayList<>(question.problems(themeCode));
            if (!keys.add(String.valueOf(question.key()))) {
                problems.add("key is used twice in the file");
            }
            for (ConstraintViolation<QuestionContent> violation
                    : validator.validate(question.content(themeCode, UUID.randomUUID(), null))) {
                problems.add(violation.getPropertyPath() + ": " + violation.getMessage());
            }
            if (!problems.isEmpty()) {
                throw new IllegalStateException("Demo question file " + name + ", question " + question.key()
                        + ": " + String.join("; ", problems));
            }
        }
        return new DemoQuestionFile(name, themeCode, questions);
    }
}
