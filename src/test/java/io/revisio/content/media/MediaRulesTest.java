package io.revisio.content.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revisio.shared.problem.ProblemException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

/** The media rules on their own: what counts as an image, where files go, and what Markdown references. */
class MediaRulesTest {

    private final ImageSniffer sniffer = new ImageSniffer();

    @Test
    void realImageBytesAreRecognisedWhateverTheirName() {
        assertThat(sniffer.typeOf(ImageSamples.png())).isEqualTo(ImageType.PNG);
        assertThat(sniffer.typeOf(ImageSamples.jpeg())).isEqualTo(ImageType.JPEG);
        assertThat(sniffer.typeOf(ImageSamples.gif())).isEqualTo(ImageType.GIF);
        assertThat(sniffer.typeOf(ImageSamples.WEBP)).isEqualTo(ImageType.WEBP);
    }

    @Test
    void textSvgAndPdfAreRefusedNamingWhatTheyAre() {
        assertRefusedAs(ImageSamples.TEXT, "text/plain");
        assertRefusedAs(ImageSamples.SVG, "image/svg+xml");
        assertRefusedAs(ImageSamples.PDF, "application/pdf");
    }

    @Test
    void dimensionsComeFromTheHeaderWhereTheJdkCanReadThem() {
        assertThat(ImageSniffer.dimensionsOf(ImageType.PNG, ImageSamples.png()))
                .isEqualTo(new ImageSniffer.Dimensions(3, 2));
        assertThat(ImageSniffer.dimensionsOf(ImageType.JPEG, ImageSamples.jpeg()))
                .isEqualTo(new ImageSniffer.Dimensions(4, 3));
        assertThat(ImageSniffer.dimensionsOf(ImageType.GIF, ImageSamples.gif()))
                .isEqualTo(new ImageSniffer.Dimensions(5, 4));
        assertThat(ImageSniffer.dimensionsOf(ImageType.WEBP, ImageSamples.WEBP)).isNull();
    }

    @Test
    void aFileIsWrittenWholeUnderItsHashAndNoTemporaryFileStays(@TempDir Path directory) throws IOException {
        MediaFiles files = new MediaFiles(new MediaProperties(directory, DataSize.ofMegabytes(5)));
        byte[] bytes = ImageSamples.png();
        String sha256 = MediaFiles.sha256(bytes);
        Path target = directory.resolve(sha256.substring(0, 2)).resolve(sha256);

        // What a crash in the middle of a write leaves behind: a temporary name, never the final one.
        Files.createDirectories(target.getParent());
        Files.write(target.getParent().resolve(".upload-crashed.tmp"), new byte[] {1, 2});
        assertThat(files.has(sha256)).isFalse();

        files.store(sha256, bytes);
        files.store(sha256, bytes);
        assertThat(files.pathOf(sha256)).isEqualTo(target.toAbsolutePath().normalize());
        assertThat(Files.readAllBytes(target)).isEqualTo(bytes);
        try (Stream<Path> inFolder = Files.list(target.getParent())) {
            assertThat(inFolder.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder(sha256, ".upload-crashed.tmp");
        }
        assertThatThrownBy(() -> files.pathOf("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void markdownReferencesAreFoundOncePerImageInOrder() {
        String a = "a".repeat(64);
        String b = "0123456789abcdef".repeat(4);
        String text = "See ![x](/media/" + b + ") and ![y](/media/" + a + "), again ![z](/media/" + b + ").\n"
                + "Not these: /media/" + "A".repeat(64) + " /media/" + a.substring(1) + " /media/" + a + "f";
        assertThat(MediaReferences.in(text)).containsExactly(b, a);
        assertThat(MediaReferences.in(null)).isEmpty();
    }

    @Test
    void uploadedFileNamesLoseFoldersAndControlCharacters() {
        assertThat(MediaLibrary.cleanName("C:\\Users\\me\\heart.png")).isEqualTo("heart.png");
        assertThat(MediaLibrary.cleanName("../x/ecg\n.jpg")).isEqualTo("ecg.jpg");
        assertThat(MediaLibrary.cleanName("   ")).isNull();
        assertThat(MediaLibrary.cleanName("n".repeat(300))).hasSize(255);
    }

    private void assertRefusedAs(byte[] bytes, String detected) {
        assertThatThrownBy(() -> sniffer.typeOf(bytes)).isInstanceOfSatisfying(ProblemException.class, problem -> {
            assertThat(problem.status()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
            assertThat(problem.properties()).containsEntry("detectedType", detected);
            assertThat(problem.getMessage()).contains(detected);
            assertThat(problem.properties().get("accepted")).isEqualTo(List.of("image/png", "image/jpeg",
                    "image/webp", "image/gif"));
        });
    }
}
