package nngrade.bugs.regularization;

import java.util.Random;
import nngrade.problems.augmentation.ImageTransform;
import nngrade.problems.augmentation.RandomImageTransform;
import nngrade.reference.augmentation.ColorJitter;

/** Realistic mistakes in data augmentation. */
public final class AugmentationMistakes {

    private AugmentationMistakes() {
    }

    /** Reverses the rows (a vertical flip) instead of the columns. */
    public static final class VerticalFlip implements ImageTransform {
        @Override
        public double[][][] apply(double[][][] image) {
            double[][][] out = new double[image.length][][];
            for (int c = 0; c < image.length; c++) {
                int h = image[c].length;
                out[c] = new double[h][];
                for (int i = 0; i < h; i++) {
                    out[c][i] = image[c][h - 1 - i].clone();
                }
            }
            return out;
        }
    }

    /** Draws the corner with nextInt(H - h) instead of nextInt(H - h + 1): off by one. */
    public static final class OffByOneCrop implements RandomImageTransform {
        private final int height;
        private final int width;

        public OffByOneCrop(int height, int width) {
            if (height < 1 || width < 1) {
                throw new IllegalArgumentException("size");
            }
            this.height = height;
            this.width = width;
        }

        @Override
        public double[][][] apply(double[][][] image, Random random) {
            int h = image[0].length;
            int w = image[0][0].length;
            if (height > h || width > w) {
                throw new IllegalArgumentException("too large");
            }
            int top = random.nextInt(h - height);
            int left = random.nextInt(w - width);
            double[][][] out = new double[image.length][height][];
            for (int c = 0; c < image.length; c++) {
                for (int r = 0; r < height; r++) {
                    out[c][r] = java.util.Arrays.copyOfRange(image[c][top + r], left, left + width);
                }
            }
            return out;
        }
    }

    /** Contrast scales around 0 instead of around the mean: out = clamp(c z) (a second brightness). */
    public static final class ContrastAroundZero implements RandomImageTransform {
        private final double brightness;
        private final double contrast;

        public ContrastAroundZero(double brightness, double contrast) {
            new ColorJitter(brightness, contrast); // the same argument check
            this.brightness = brightness;
            this.contrast = contrast;
        }

        @Override
        public double[][][] apply(double[][][] image, Random random) {
            double b = factor(brightness, random);
            double c = factor(contrast, random);
            double[][][] out = new double[image.length][][];
            for (int ch = 0; ch < image.length; ch++) {
                out[ch] = new double[image[ch].length][];
                for (int i = 0; i < image[ch].length; i++) {
                    out[ch][i] = new double[image[ch][i].length];
                    for (int j = 0; j < image[ch][i].length; j++) {
                        double z = Math.min(1, Math.max(0, b * image[ch][i][j]));
                        out[ch][i][j] = Math.min(1, Math.max(0, c * z));
                    }
                }
            }
            return out;
        }

        private static double factor(double spread, Random random) {
            double lo = Math.max(0, 1 - spread);
            return lo + (1 + spread - lo) * random.nextDouble();
        }
    }
}
