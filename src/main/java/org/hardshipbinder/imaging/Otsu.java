package org.hardshipbinder.imaging;

/** Otsu's threshold: the gray level that best separates an image's dark and bright pixels into two groups. */
final class Otsu {

    private Otsu() {
    }

    static int threshold(Luma luma) {
        long[] histogram = new long[256];
        for (float v : luma.values()) {
            histogram[Math.max(0, Math.min(255, Math.round(v)))]++;
        }
        long total = luma.values().length;
        double sum = 0;
        for (int i = 0; i < 256; i++) {
            sum += (double) i * histogram[i];
        }
        double sumDark = 0;
        long dark = 0;
        double best = -1;
        int threshold = 128;
        for (int t = 0; t < 256; t++) {
            dark += histogram[t];
            if (dark == 0) {
                continue;
            }
            long bright = total - dark;
            if (bright == 0) {
                break;
            }
            sumDark += (double) t * histogram[t];
            double meanDark = sumDark / dark;
            double meanBright = (sum - sumDark) / bright;
            double between = (double) dark * bright * (meanDark - meanBright) * (meanDark - meanBright);
            if (between > best) {
                best = between;
                threshold = t;
            }
        }
        return threshold;
    }
}
