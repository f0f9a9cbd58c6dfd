package io.revisio.content.transfer;

import io.revisio.shared.config.CheckedProperties;
import io.revisio.shared.config.ConfigurationProblems;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Question imports.
 *
 * @param maxFileSize    largest import file accepted; the upload routes accept bodies this size (plus room for
 *                       the form) whatever {@code revisio.http.max-body-size} says
 * @param maxRows        most questions in one file
 * @param workerInterval pause between two looks of the import worker for committed imports
 */
@ConfigurationProperties("revisio.imports")
public record ImportProperties(@DefaultValue("1MB") DataSize maxFileSize, @DefaultValue("2000") int maxRows,
        @DefaultValue("2s") Duration workerInterval) implements CheckedProperties {

    @Override
    public void check(ConfigurationProblems problems, boolean production) {
        if (maxFileSize == null || maxFileSize.toBytes() <= 0) {
            problems.add("revisio.imports.max-file-size", "must be a positive size");
        }
        if (maxRows < 1 || maxRows > 100_000) {
            problems.add("revisio.imports.max-rows", "must be 1 to 100000");
        }
        if (workerInterval == null || workerInterval.isNegative() || workerInterval.isZero()) {
            problems.add("revisio.imports.worker-interval", "must be a positive duration");
        }
    }
}
