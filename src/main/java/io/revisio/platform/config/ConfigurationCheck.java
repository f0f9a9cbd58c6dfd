package io.revisio.platform.config;

import io.revisio.shared.config.CheckedProperties;
import io.revisio.shared.config.ConfigurationProblems;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.Environment;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Binds every Revisio configuration properties type from an environment, without starting anything,
 * and collects all of their problems.
 */
public final class ConfigurationCheck {

    private static final String BASE_PACKAGE = "io.revisio";

    private ConfigurationCheck() {
    }

    public static ConfigurationProblems run(Environment environment) {
        boolean production = Profiles.isProduction(environment);
        Binder binder = Binder.get(environment);
        ConfigurationProblems problems = new ConfigurationProblems();
        for (Class<?> type : propertiesTypes()) {
            String prefix = prefixOf(type);
            try {
                Object properties = binder.bindOrCreate(prefix, type);
                if (properties instanceof CheckedProperties checked) {
                    checked.check(problems, production);
                }
            } catch (BindException e) {
                String property = e.getProperty() != null ? e.getProperty().getName().toString() : prefix;
                problems.add(property, "cannot be read as " + e.getTarget().getType().resolve().getSimpleName());
            }
        }
        return problems;
    }

    /** Every {@code @ConfigurationProperties} type of Revisio, in a stable order. */
    public static List<Class<?>> propertiesTypes() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        ClassLoader loader = ConfigurationCheck.class.getClassLoader();
        return scanner.findCandidateComponents(BASE_PACKAGE).stream()
                .map(BeanDefinition::getBeanClassName)
                .<Class<?>>map(name -> ClassUtils.resolveClassName(name, loader))
                .sorted(Comparator.comparing(ConfigurationCheck::prefixOf))
                .toList();
    }

    public static String prefixOf(Class<?> type) {
        ConfigurationProperties annotation =
                AnnotatedElementUtils.findMergedAnnotation(type, ConfigurationProperties.class);
        return annotation.prefix();
    }
}
