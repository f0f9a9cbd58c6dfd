package io.revisio.platform.config;

import io.revisio.shared.config.ConfigurationProblems;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.PriorityOrdered;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses to start with a configuration that has problems. It runs once every setting is known and
 * before any bean exists, so nothing has connected anywhere yet. Production adds the strict rules
 * (secrets, https, no embedded servers).
 */
@Component
class ConfigurationGuard implements BeanFactoryPostProcessor, EnvironmentAware, PriorityOrdered {

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        ConfigurationProblems problems = ConfigurationCheck.run(environment);
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(problems);
        }
    }
}
