package nngrade.student.augmentation;

import java.util.Random;
import nngrade.problems.NotImplementedYet;
import nngrade.problems.augmentation.RandomImageTransform;

/** aug.crop: a random height by width window of the image, as torchvision's RandomCrop. */
public class RandomCrop implements RandomImageTransform {

    private final int height;
    private final int width;

    /**
     * @param height the window's height, at least 1 (else IllegalArgumentException, here or in
     *               apply)
     * @param width  the window's width, at least 1 (else IllegalArgumentException)
     */
    public RandomCrop(int height, int width) {
        this.height = height;
        this.width = width;
    }

    /**
     * Draw top = random.nextInt(H - height + 1), then left = random.nextInt(W - width + 1); out[c][r][s]
     * = image[c][top + r][left + s]. A window larger than the image: IllegalArgumentException.
     *
     * @param image  C by H by W (not modified)
     * @param random the generator of the window's position
     * @return a new C by height by width image
     */
    @Override
    public double[][][] apply(double[][][] image, Random random) {
        throw new NotImplementedYet("aug.crop");
    }
}
