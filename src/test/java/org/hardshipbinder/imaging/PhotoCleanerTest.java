package org.hardshipbinder.imaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The paper is found on generated photos with perspective, cropped, straightened and evenly lit. */
class PhotoCleanerTest {

    private final PhotoCleaner cleaner = new PhotoCleaner();

    static Quad keystone(int seed) {
        // Each photo leans a different way: the top narrower or wider, the page turned a little either way.
        double s = seed % 2 == 0 ? 1 : -1;
        return new Quad(new double[] {231.4 + 40 * s, 1268.7 - 30 * s, 1351.2 + 20 * s, 148.9 - 25 * s},
                new double[] {262.3 - 30 * s, 211.8 + 25 * s, 1813.6, 1771.1 + 35 * s});
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void theCornersFoundAreWithinTwoPixelsOfTheTrueOnes(int seed) {
        Quad truth = keystone(seed);
        BufferedImage photo = GeneratedPhotos.photo(1500, 2000, truth, seed);
        Quad found = cleaner.findPaper(photo).orElseThrow();
        for (int corner = 0; corner < 4; corner++) {
            assertThat(Math.hypot(found.x(corner) - truth.x(corner), found.y(corner) - truth.y(corner)))
                    .as("corner %d: found %s, true %s", corner, found.text(), truth.text())
                    .isLessThan(2.0);
        }
    }

    @Test
    void theCleanedPageHasNoDarkBorderAndEvenLight() {
        Quad truth = keystone(1);
        BufferedImage photo = GeneratedPhotos.photo(1500, 2000, truth, 1);
        PhotoCleaner.Cleaned cleaned = cleaner.clean(photo, PhotoSignals.UNKNOWN).orElseThrow();
        BufferedImage page = cleaned.image();
        // The page keeps the size it has in the photo: its longer top or bottom side, its longer left or right side.
        assertThat(page.getWidth()).isCloseTo((int) Math.max(truth.side(0), truth.side(2)), org.assertj.core.api.Assertions.within(3));
        assertThat(page.getHeight()).isCloseTo((int) Math.max(truth.side(1), truth.side(3)), org.assertj.core.api.Assertions.within(3));
        Luma luma = Luma.of(page, 1);
        int band = Math.max(3, page.getWidth() / 100);
        assertThat(meanOfBorder(luma, band)).as("border brightness").isGreaterThan(200);
        // Bright at the top left and dim at the bottom right in the photo; nearly the same once cleaned.
        double topLeft = paperLevel(luma, band * 2, band * 2);
        double bottomRight = paperLevel(luma, luma.width() - band * 6, luma.height() - band * 6);
        assertThat(Math.abs(topLeft - bottomRight)).isLessThan(12);
        assertThat(bottomRight).isGreaterThan(225);
    }

    @Test
    void aScanFillingTheFrameIsLeftAlone() {
        BufferedImage scan = GeneratedPhotos.page(850, 1100);
        assertThat(cleaner.clean(scan, PhotoSignals.UNKNOWN)).isEmpty();
    }

    @Test
    void aScannersFaintLidShadowIsNotTakenForATable() {
        Quad truth = keystone(2);
        BufferedImage photo = GeneratedPhotos.photo(1500, 2000, truth, 2);
        Optional<PhotoCleaner.Cleaned> asPhoto = cleaner.clean(photo, new PhotoSignals(false, false));
        assertThat(asPhoto).isPresent();
        // Stating a scanner's resolution, the picture needs a darker surround than this grey lid (about 135).
        BufferedImage lighterTable = lighten(photo, 70);
        assertThat(cleaner.clean(lighterTable, new PhotoSignals(false, true))).isEmpty();
    }

    private static BufferedImage lighten(BufferedImage photo, int amount) {
        BufferedImage out = new BufferedImage(photo.getWidth(), photo.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < photo.getHeight(); y++) {
            for (int x = 0; x < photo.getWidth(); x++) {
                int p = photo.getRGB(x, y);
                int g = (p >> 8) & 0xff;
                int v = g < 120 ? Math.min(255, g + amount) : g;
                out.setRGB(x, y, (v << 16) | (v << 8) | v);
            }
        }
        return out;
    }

    private static double meanOfBorder(Luma l, int band) {
        double sum = 0;
        int n = 0;
        for (int y = 0; y < l.height(); y++) {
            for (int x = 0; x < l.width(); x++) {
                if (x < band || y < band || x >= l.width() - band || y >= l.height() - band) {
                    sum += l.at(x, y);
                    n++;
                }
            }
        }
        return sum / n;
    }

    /** The brightest tenth of a 40-pixel square: the paper's level whatever ink is there. */
    private static double paperLevel(Luma l, int x0, int y0) {
        java.util.List<Float> values = new java.util.ArrayList<>();
        for (int y = y0; y < Math.min(l.height(), y0 + 40); y++) {
            for (int x = x0; x < Math.min(l.width(), x0 + 40); x++) {
                values.add(l.at(x, y));
            }
        }
        values.sort(null);
        return values.get(values.size() * 9 / 10);
    }
}
