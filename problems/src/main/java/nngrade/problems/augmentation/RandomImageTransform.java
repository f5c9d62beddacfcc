package nngrade.problems.augmentation;

import java.util.Random;

/**
 * A random image transform (aug.crop, aug.jitter) drawing from the caller's generator in the
 * fixed order its factory documents, so that the same seed gives the same image. An image is a
 * double[channels][height][width] array, torch's (C, H, W) layout.
 */
public interface RandomImageTransform {

    /**
     * @param image  C by H by W (not modified)
     * @param random the generator of the transform's random parameters
     * @return a new image
     */
    double[][][] apply(double[][][] image, Random random);
}
