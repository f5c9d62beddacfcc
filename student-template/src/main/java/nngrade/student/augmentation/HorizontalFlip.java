package nngrade.student.augmentation;

import nngrade.problems.NotImplementedYet;
import nngrade.problems.augmentation.ImageTransform;

/** aug.hflip: the horizontal flip, a mirror image left to right. */
public class HorizontalFlip implements ImageTransform {

    /**
     * out[c][i][j] = image[c][i][W - 1 - j].
     *
     * @param image C by H by W (not modified)
     * @return a new C by H by W image
     */
    @Override
    public double[][][] apply(double[][][] image) {
        throw new NotImplementedYet("aug.hflip");
    }
}
