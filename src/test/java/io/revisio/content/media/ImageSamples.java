package io.revisio.content.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;

/** Real image bytes made in the test, each call a different image (so tests never share one by accident). */
final class ImageSamples {

    private static final AtomicInteger SEED = new AtomicInteger((int) (System.nanoTime() & 0xffffff));

    /** A lossless 1×1 WebP, written out by hand (the JDK has no WebP writer). */
    static final byte[] WEBP = HexFormat.of().parseHex(
            "524946461a000000574542505650384c0d0000002f00000010071011118888fe0700");

    static final byte[] SVG = """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>
            """.getBytes(StandardCharsets.UTF_8);

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    static final byte[] TEXT = "This is not an image, whatever its name says.\n".getBytes(StandardCharsets.UTF_8);

    private ImageSamples() {
    }

    static byte[] png() {
        return image("png", 3, 2);
    }

    static byte[] jpeg() {
        return image("jpg", 4, 3);
    }

    static byte[] gif() {
        return image("gif", 5, 4);
    }

    static byte[] image(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int seed = SEED.incrementAndGet();
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                image.setRGB(x, y, (seed * 7919 + x * 40 + y * 90) & 0xffffff);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}
