package io.revisio.content.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

/**
 * Tells what an upload really is from its leading bytes, ignoring the name and Content-Type the client
 * sent: a text file named .png is still text, and an SVG (which can carry script) is never an image here.
 */
@Component
class ImageSniffer {

    private final Tika tika = new Tika();

    /** The image's type, or a 415 naming what the bytes turned out to be. */
    ImageType typeOf(byte[] bytes) {
        String detected = tika.detect(bytes);
        return ImageType.of(detected).orElseThrow(() -> MediaProblems.unsupportedType(detected));
    }

    /**
     * Width and height from the image header alone (no pixels are decoded, so a small file that claims to be
     * enormous costs nothing), or null when the header cannot be read.
     */
    static Dimensions dimensionsOf(ImageType type, byte[] bytes) {
        if (!type.hasReadableDimensions()) {
            return null;
        }
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                return new Dimensions(reader.getWidth(0), reader.getHeight(0));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    record Dimensions(int width, int height) {
    }
}
