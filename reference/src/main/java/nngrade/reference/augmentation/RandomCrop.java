package nngrade.reference.augmentation;

import java.util.Random;
import nngrade.problems.augmentation.RandomImageTransform;

/**
 * aug.crop, the random crop of the notes' data augmentation ("sample random 224 x 224 patch"),
 * as torchvision's RandomCrop: the window's top-left corner is uniform over every position that
 * keeps the window inside the image, top = random.nextInt(H - h + 1) drawn before left =
 * random.nextInt(W - w + 1); every channel is cut at the same place.
 */
public class RandomCrop implements RandomImageTransform {

    private final int height;
    private final int width;

    /**
     * @param height h &gt;= 1
     * @param width  w &gt;= 1
     * @throws IllegalArgumentException if either is below 1
     */
    public RandomCrop(int height, int width) {
        if (height < 1 || width < 1) {
            throw new IllegalArgumentException("the crop must be at least 1 by 1, got " + height
                    + " by " + width);
        }
        this.height = height;
        this.width = width;
    }

    /**
     * @param image  C by H by W with H &gt;= h and W &gt;= w (not modified)
     * @param random draws top, then left
     * @return a new C by h by w image: out[c][r][s] = image[c][top + r][left + s]
     * @throws IllegalArgumentException if the window does not fit in the image
     */
    @Override
    public double[][][] apply(double[][][] image, Random random) {
        int w = Images.width(image);
        int h = Images.height(image);
        if (height > h || width > w) {
            throw new IllegalArgumentException("a " + height + " by " + width
                    + " window does not fit in a " + h + " by " + w + " image");
        }
        int top = random.nextInt(h - height + 1);
        int left = random.nextInt(w - width + 1);
        double[][][] out = new double[image.length][height][];
        for (int c = 0; c < image.length; c++) {
            for (int r = 0; r < height; r++) {
                out[c][r] = java.util.Arrays.copyOfRange(image[c][top + r], left, left + width);
            }
        }
        return out;
    }
}
