package io.revisio.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.platform.config.ConfigurationCheck;
import io.revisio.shared.config.Secret;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;

/**
 * Every setting the code reads is in docs/configuration.md and .env.example with its environment
 * variable, default and secrecy, and neither file lists a setting the code does not have.
 */
class ConfigurationDocumentationTest {

    private static final Pattern DOC_ROW = Pattern.compile(
            "^\\| `(revisio\\.[^`]+)` \\| `([A-Z0-9_<>]+)` \\| (?:`([^`]*)`|—) \\| (yes|no) \\| .+\\|$");
    private static final Pattern ENV_LINE = Pattern.compile("^#?\\s*(REVISIO_[A-Z0-9_<>]+)=(.*)$");

    record Setting(String property, String variable, String defaultValue, boolean secret) {
    }

    @Test
    void documentationListsExactlyTheSettingsOfTheCode() throws Exception {
        Map<String, Setting> code = settingsOfTheCode();
        Map<String, Setting> documented = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("docs", "configuration.md"))) {
            Matcher row = DOC_ROW.matcher(line);
            if (row.matches()) {
                documented.put(row.group(1), new Setting(row.group(1), row.group(2),
                        row.group(3) == null ? "" : row.group(3), row.group(4).equals("yes")));
            }
        }
        assertThat(documented).as("docs/configuration.md rows").isEqualTo(code);
    }

    @Test
    void envExampleListsEverySettingOnceWithItsDefault() throws Exception {
        Map<String, Setting> byVariable = new LinkedHashMap<>();
        settingsOfTheCode().values().forEach(setting -> byVariable.put(setting.variable(), setting));
        Map<String, String> example = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of(".env.example"))) {
            Matcher entry = ENV_LINE.matcher(line.trim());
            if (entry.matches()) {
                assertThat(example.put(entry.group(1), entry.group(2))).as("listed twice: " + entry.group(1)).isNull();
            }
        }
        assertThat(example.keySet()).as(".env.example variables").containsExactlyInAnyOrderElementsOf(byVariable.keySet());
        example.forEach((variable, value) -> {
            Setting setting = byVariable.get(variable);
            if (setting.secret()) {
                assertThat(value).as(variable + " is secret and must have no value").isEmpty();
            } else {
                assertThat(value).as(variable + " default").isEqualTo(setting.defaultValue());
            }
        });
    }

    /** Walks every configuration properties record, with the defaults it binds from an empty environment. */
    static Map<String, Setting> settingsOfTheCode() throws Exception {
        Map<String, Setting> settings = new LinkedHashMap<>();
        Binder empty = new Binder(new MapConfigurationPropertySource());
        for (Class<?> type : ConfigurationCheck.propertiesTypes()) {
            String prefix = ConfigurationCheck.prefixOf(type);
            walk(prefix, type, empty.bindOrCreate(prefix, type), settings);
        }
        return settings;
    }

    private static void walk(String prefix, Class<?> type, Object defaults, Map<String, Setting> settings)
            throws Exception {
        Binder empty = new Binder(new MapConfigurationPropertySource());
        for (RecordComponent component : type.getRecordComponents()) {
            String name = prefix + "." + kebab(component.getName());
            Class<?> valueType = component.getType();
            Object value = component.getAccessor().invoke(defaults);
            if (Map.class.isAssignableFrom(valueType)) {
                Class<?> entryType = (Class<?>) typeArgument(component.getGenericType(), 1);
                walk(name + ".<name>", entryType, empty.bindOrCreate("x", entryType), settings);
            } else if (valueType.isRecord() && valueType.getName().startsWith("io.revisio") && valueType != Secret.class) {
                walk(name, valueType, value, settings);
            } else {
                boolean secret = valueType == Secret.class || List.class.isAssignableFrom(valueType)
                        && typeArgument(component.getGenericType(), 0) == Secret.class;
                settings.put(name, new Setting(name, variableOf(name), format(value), secret));
            }
        }
    }

    private static Type typeArgument(Type type, int index) {
        return ((ParameterizedType) type).getActualTypeArguments()[index];
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }

    /** Spring Boot's rule for environment variables: upper case, dots to underscores, dashes removed. */
    static String variableOf(String property) {
        return property.replace("<name>", "<NAME>").replace("-", "").replace('.', '_').toUpperCase()
                .replace("<NAME>", "<NAME>");
    }

    private static String format(Object value) {
        if (value == null || value instanceof Secret || value instanceof Collection<?> c && !c.isEmpty()
                && c.iterator().next() instanceof Secret) {
            return "";
        }
        if (value instanceof Collection<?> values) {
            List<String> parts = new ArrayList<>();
            values.forEach(v -> parts.add(String.valueOf(v)));
            return String.join(",", parts);
        }
        if (value instanceof Duration duration) { // written as people write it: 5s, not PT5S
            long millis = duration.toMillis();
            return millis % 86_400_000 == 0 ? millis / 86_400_000 + "d" : millis % 3_600_000 == 0 ? millis / 3_600_000 + "h"
                    : millis % 60_000 == 0 ? millis / 60_000 + "m" : millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
        }
        if (value instanceof DataSize size) {
            long bytes = size.toBytes();
            return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + "MB"
                    : bytes % 1024 == 0 ? bytes / 1024 + "KB" : bytes + "B";
        }
        return String.valueOf(value);
    }
}
