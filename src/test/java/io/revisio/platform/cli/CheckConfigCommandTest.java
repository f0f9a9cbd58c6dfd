package io.revisio.platform.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revisio.RevisioApplication;
import io.revisio.platform.config.InvalidConfigurationException;
import io.revisio.testing.ProductionConfig;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class CheckConfigCommandTest {

    private static final String WEAK_SECRET = "change_me_change_me_change_me_change_me";

    @Test
    void aValidProductionConfigurationPasses(CapturedOutput output) {
        assertThat(Commands.run(RevisioApplication.class, checkConfig(ProductionConfig.valid()))).isZero();
        assertThat(output.getOut()).contains("Configuration is valid").contains("production rules applied");
    }

    @Test
    void everyProblemIsListedAndNoSecretIsPrinted(CapturedOutput output) {
        Map<String, String> properties = new HashMap<>(ProductionConfig.valid());
        properties.put("revisio.auth.encryption-key", WEAK_SECRET);
        properties.put("revisio.database.password", WEAK_SECRET);
        properties.put("revisio.http.public-url", "http://revisio.example.org");
        properties.remove("revisio.redis.url");

        assertThat(Commands.run(RevisioApplication.class, checkConfig(properties))).isEqualTo(1);

        assertThat(output.getErr()).contains("4 configuration problem(s)")
                .contains("revisio.auth.encryption-key: must be base64 of exactly 32 bytes")
                .contains("revisio.database.password: looks like a placeholder")
                .contains("revisio.http.public-url: must use https in production")
                .contains("revisio.redis.url: is missing");
        assertThat(output.getAll()).doesNotContain(WEAK_SECRET).doesNotContain(ProductionConfig.ENCRYPTION_KEY);
    }

    @Test
    void productionRefusesToStartWithTheSameProblems(CapturedOutput output) {
        Map<String, String> properties = new HashMap<>(ProductionConfig.valid());
        properties.put("revisio.database.password", WEAK_SECRET);
        properties.remove("revisio.auth.signing-key");
        assertThatThrownBy(() -> new SpringApplicationBuilder(RevisioApplication.class)
                        .web(WebApplicationType.NONE).run(ProductionConfig.asArguments(properties)))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("2 configuration problem(s)")
                .hasMessageContaining("revisio.auth.signing-key: is missing")
                .hasMessageContaining("revisio.database.password: looks like a placeholder")
                .message().doesNotContain(WEAK_SECRET);
        assertThat(output.getAll()).doesNotContain(WEAK_SECRET);
    }

    @Test
    void productionLogsAreJsonLines() throws Exception {
        // A separate JVM, as in production: logging is set up once per process.
        String javaBinary = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(javaBinary, "-cp", System.getProperty("java.class.path"),
                RevisioApplication.class.getName(), "--spring.profiles.active=prod")
                .redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).isNotZero();
        List<String> lines = out.lines().filter(line -> !line.isBlank()).toList();
        assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith("{\"@timestamp\"").endsWith("}"));
        assertThat(out).contains("configuration problem(s)").contains("revisio.auth.signing-key: is missing");
    }

    @Test
    void productionWithoutADatabaseRefusesRatherThanEmbedding() {
        Map<String, String> properties = new HashMap<>(ProductionConfig.valid());
        properties.remove("revisio.database.url");
        properties.remove("revisio.database.password");
        properties.put("revisio.local.enabled", "true");
        assertThatThrownBy(() -> new SpringApplicationBuilder(RevisioApplication.class)
                        .web(WebApplicationType.NONE).run(ProductionConfig.asArguments(properties)))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("revisio.database.url: is missing; production never starts an embedded database")
                .hasMessageContaining("revisio.local.enabled: must be false in production");
    }

    private static String[] checkConfig(Map<String, String> properties) {
        String[] settings = ProductionConfig.asArguments(properties);
        String[] args = new String[settings.length + 1];
        args[0] = "check-config";
        System.arraycopy(settings, 0, args, 1, settings.length);
        return args;
    }
}
