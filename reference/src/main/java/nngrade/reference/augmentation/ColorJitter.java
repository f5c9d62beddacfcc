package nngrade.reference.augmentation;

import java.util.Random;
import nngrade.problems.augmentation.RandomImageTransform;

/**
 * aug.jitter, the notes' simple color jitter ("randomize contrast and brightness"), as
 * torchvision's ColorJitter(brightness, contrast) on pixels in [0, 1], in a fixed order:
 * <pre>
 *   b ~ U[max(0, 1 - brightness), 1 + brightness],  c ~ U[max(0, 1 - contrast), 1 + contrast]
 *   z = clamp(b x, 0, 1)                        brightness: scale toward black
 *   y = clamp(c z + (1 - c) mean(z), 0, 1)      contrast: scale around the mean
 * </pre>
 * mean(z) is the plain mean over every channel and pixel (torchvision weights the channels as
 * grayscale). Contrast keeps the mean when nothing is clamped; b = c = 1 leaves the image as is.
 */
public class ColorJitter implements RandomImageTransform {

    private final double brightness;
    private final double contrast;

    /**
     * @param brightness &gt;= 0, the half-width of the brightness factor's range
     * @param contrast   &gt;= 0, the half-width of the contrast factor's range
     * @throws IllegalArgumentException if either is negative or NaN
     */
    public ColorJitter(double brightness, double contrast) {
        if (!(brightness >= 0) || !(contrast >= 0)) {
            throw new IllegalArgumentException("brightness and contrast must be >= 0, got "
                    + brightness + " and " + contrast);
        }
        this.brightness = brightness;
        this.contrast = contrast;
    }

    /**
     * @param image  C by H by W, pixels in [0, 1] (not modified)
     * @param random draws b, then c
     * @return a new jittered image
     */
    @Override
    public double[][][] apply(double[][][] image, Random random) {
        Images.width(image);
        double b = factor(brightness, random);
        double c = factor(contrast, random);
        double[][][] z = blend(image, b, 0); // b x + (1 - b) 0
        return blend(z, c, mean(z));
    }

    /** @return lo + (hi - lo) u with [lo, hi] = [max(0, 1 - spread), 1 + spread] */
    private static double factor(double spread, Random random) {
        double lo = Math.max(0, 1 - spread);
        double hi = 1 + spread;
        return lo + (hi - lo) * random.nextDouble();
    }

    /** @return a new image clamp(f x + (1 - f) other, 0, 1), torchvision's _blend */
    private static double[][][] blend(double[][][] x, double f, double other) {
        double[][][] out = new double[x.length][][];
        for (int ch = 0; ch < x.length; ch++) {
            out[ch] = new double[x[ch].length][];
            for (int i = 0; i < x[ch].length; i++) {
                out[ch][i] = new double[x[ch][i].length];
                for (int j = 0; j < x[ch][i].length; j++) {
                    out[ch][i][j] = Math.min(1, Math.max(0, f * x[ch][i][j] + (1 - f) * other));
                }
            }
        }
        return out;
    }

    private static double mean(double[][][] x) {
        double s = 0;
        long n = 0;
        for (double[][] channel : x) {
            for (double[] row : channel) {
                for (double v : row) {
                    s += v;
                    n++;
                }
            }
        }
        return n == 0 ? 0 : s / n;
    }
}
