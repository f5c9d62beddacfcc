package nngrade.problems.augmentation;

/**
 * A deterministic image transform (aug.hflip). An image is a double[channels][height][width]
 * array, torch's (C, H, W) layout, every row of the same width.
 */
public interface ImageTransform {

    /**
     * @param image C by H by W (not modified)
     * @return a new C by H by W image
     * @throws IllegalArgumentException if the rows do not all have the same width
     */
    double[][][] apply(double[][][] image);
}
