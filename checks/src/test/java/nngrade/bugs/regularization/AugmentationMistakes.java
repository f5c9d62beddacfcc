package nngrade.bugs.regularization;

import java.util.Random;
import nngrade.problems.augmentation.ImageTransform;
import nngrade.problems.augmentation.RandomImageTransform;
import nngrade.reference.augmentation.ColorJitter;
import nngrade.reference.augmentation.HorizontalFlip;

/** Realistic mistakes in data augmentation. */
public final class AugmentationMistakes {

    private AugmentationMistakes() {
    }

    /** Reverses the rows (a vertical flip) instead of the columns. */
    public static final class VerticalFlip implements ImageTransform {
        @Override
        public double[][][] apply(double[][][] image) {
            new HorizontalFlip().apply(image); // the shapes, checked
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

    /** Reverses every row as it finds it, never comparing heights or widths: a ragged image comes back ragged. */
    public static final class UncheckedFlip implements ImageTransform {
        @Override
        public double[][][] apply(double[][][] image) {
            double[][][] out = new double[image.length][][];
            for (int c = 0; c < image.length; c++) {
                out[c] = new double[image[c].length][];
                for (int i = 0; i < image[c].length; i++) {
                    int w = image[c][i].length;
                    out[c][i] = new double[w];
                    for (int j = 0; j < w; j++) {
                        out[c][i][j] = image[c][i][w - 1 - j];
                    }
                }
            }
            return out;
        }
    }

    /** Reads the width from the first row of the first channel up front, as if every image had one. */
    public static final class FirstRowWidthFlip implements ImageTransform {
        @Override
        public double[][][] apply(double[][][] image) {
            int h = image[0].length; // the mistake: an image of no channel, or of no row, has no first row
            int w = image[0][0].length;
            double[][][] out = new double[image.length][h][w];
            for (int c = 0; c < image.length; c++) {
                if (image[c].length != h) {
                    throw new IllegalArgumentException("channel " + c + " has another height");
                }
                for (int i = 0; i < h; i++) {
                    if (image[c][i].length != w) {
                        throw new IllegalArgumentException("row " + i + " has another width");
                    }
                    for (int j = 0; j < w; j++) {
                        out[c][i][j] = image[c][i][w - 1 - j];
                    }
                }
            }
            return out;
        }
    }

    /**
     * A crop whose constructor asks only the height to be at least 1: a window of width 0 is
     * taken and cut as C by h by 0. The window is checked against the image in both directions.
     */
    public static final class ZeroWidthCrop implements RandomImageTransform {
        private final int height;
        private final int width;

        public ZeroWidthCrop(int height, int width) {
            if (height < 1) {
                throw new IllegalArgumentException("height");
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
