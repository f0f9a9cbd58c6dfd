package io.revisio.content.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Image files on disk at {@code <directory>/<first 2 hex>/<sha256>}. A file is written under a temporary
 * name and moved into place, so a crash mid-write never leaves a partial file under its final name; and
 * since the name is the hash of the content, a file that is there is always complete and correct.
 */
@Component
class MediaFiles {

    static final Pattern SHA256 = Pattern.compile("^[0-9a-f]{64}$");

    private final Path directory;

    MediaFiles(MediaProperties properties) {
        this.directory = properties.directory().toAbsolutePath().normalize();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The file for a hash; only ever called with a validated hash, so it cannot point outside the folder. */
    Path pathOf(String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256 hash");
        }
        return directory.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    boolean has(String sha256) {
        return Files.isRegularFile(pathOf(sha256));
    }

    /** Writes the bytes under their hash unless a file is already there. */
    void store(String sha256, byte[] bytes) {
        Path target = pathOf(sha256);
        if (Files.isRegularFile(target)) {
            return;
        }
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
            try {
                Files.write(temporary, bytes);
                moveIntoPlace(temporary, target);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not store media " + sha256, e);
        }
    }

    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            try {
                Files.move(temporary, target);
            } catch (FileAlreadyExistsException raced) {
                // another upload of the same bytes got there first: the same content is in place
            }
        }
    }
}
