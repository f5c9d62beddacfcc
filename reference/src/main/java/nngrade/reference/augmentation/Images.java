package nngrade.reference.augmentation;

/** Shape checks for images in (channels, height, width) layout; nothing is modified. */
final class Images {

    private Images() {
    }

    /** @return the height of the first channel (0 for an image without channels) */
    static int height(double[][][] image) {
        return image.length == 0 ? 0 : image[0].length;
    }

    /**
     * @return the common width of every row
     * @throws IllegalArgumentException if the channels differ in height or the rows in width
     */
    static int width(double[][][] image) {
        int h = height(image);
        int w = h == 0 ? 0 : image[0][0].length;
        for (double[][] channel : image) {
            if (channel.length != h) {
                throw new IllegalArgumentException("every channel must have height " + h + ", got "
                        + channel.length);
            }
            for (double[] row : channel) {
                if (row.length != w) {
                    throw new IllegalArgumentException("every row must have width " + w + ", got "
                            + row.length);
                }
            }
        }
        return w;
    }
}
