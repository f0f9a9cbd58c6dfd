package io.revisio.content.media;

import io.revisio.shared.config.CheckedProperties;
import io.revisio.shared.config.ConfigurationProblems;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where uploaded images live and how large one may be.
 *
 * @param directory the folder holding the image files, one sub-folder per first two hex digits of the hash;
 *                  shared by every instance (a mounted volume when there is more than one)
 * @param maxSize   the largest image an editor may upload
 */
@ConfigurationProperties("revisio.media")
public record MediaProperties(
        @DefaultValue("var/media") Path directory,
        @DefaultValue("5MB") DataSize maxSize) implements CheckedProperties {

    @Override
    public void check(ConfigurationProblems problems, boolean production) {
        if (directory == null || directory.toString().isBlank()) {
            problems.add("revisio.media.directory", "must name a folder");
        }
        if (maxSize == null || maxSize.toBytes() <= 0) {
            problems.add("revisio.media.max-size", "must be a positive size");
        } else if (maxSize.toMegabytes() > 100) {
            problems.add("revisio.media.max-size", "must be at most 100MB");
        }
    }
}
