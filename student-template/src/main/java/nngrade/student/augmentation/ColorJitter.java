package nngrade.student.augmentation;

import java.util.Random;
import nngrade.problems.NotImplementedYet;
import nngrade.problems.augmentation.RandomImageTransform;

/** aug.jitter: random brightness, then random contrast, on pixels in [0, 1]. */
public class ColorJitter implements RandomImageTransform {

    private final double brightness;
    private final double contrast;

    /**
     * @param brightness &gt;= 0 (else IllegalArgumentException, here or in apply)
     * @param contrast   &gt;= 0 (else IllegalArgumentException)
     */
    public ColorJitter(double brightness, double contrast) {
        this.brightness = brightness;
        this.contrast = contrast;
    }

    /**
     * Draw b = lo + (hi - lo) random.nextDouble() with [lo, hi] = [max(0, 1 - brightness),
     * 1 + brightness], then c the same way from contrast. z = clamp(b x, 0, 1) per pixel; m =
     * the mean of z over every channel and pixel; out = clamp(c z + (1 - c) m, 0, 1).
     *
     * @param image  C by H by W, pixels in [0, 1] (not modified)
     * @param random the generator of b and c
     * @return a new image
     */
    @Override
    public double[][][] apply(double[][][] image, Random random) {
        throw new NotImplementedYet("aug.jitter");
    }
}
