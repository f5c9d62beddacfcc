package nngrade.reference.augmentation;

import nngrade.problems.augmentation.ImageTransform;

/**
 * aug.hflip, the horizontal flip of the notes' data augmentation: out[c][i][j] =
 * image[c][i][W - 1 - j], a mirror image left to right. Flipping twice gives the image back.
 */
public class HorizontalFlip implements ImageTransform {

    /**
     * @param image C by H by W (not modified)
     * @return a new image with the columns of every row reversed
     */
    @Override
    public double[][][] apply(double[][][] image) {
        int w = Images.width(image);
        double[][][] out = new double[image.length][][];
        for (int c = 0; c < image.length; c++) {
            out[c] = new double[image[c].length][w];
            for (int i = 0; i < image[c].length; i++) {
                for (int j = 0; j < w; j++) {
                    out[c][i][j] = image[c][i][w - 1 - j];
                }
            }
        }
        return out;
    }
}
