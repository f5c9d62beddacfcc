package nngrade.problems.augmentation;

/**
 * A deterministic image transform (aug.hflip). An image is a double[channels][height][width]
 * array, torch's (C, H, W) layout, every channel of the same height and every row of the same
 * width. An image of no channel (C = 0) or of no row (H = 0) is allowed: its result is a new
 * image of the same shape, C channels of H empty rows.
 */
public interface ImageTransform {

    /**
     * @param image C by H by W (not modified)
     * @return a new C by H by W image
     * @throws IllegalArgumentException if the channels do not all have the same height or the rows
     *     the same width
     */
    double[][][] apply(double[][][] image);
}
