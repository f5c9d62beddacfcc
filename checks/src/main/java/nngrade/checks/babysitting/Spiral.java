package nngrade.checks.babysitting;

import java.util.Random;

/**
 * The data the section's checks train on: the spiral of CS231n's course notes ("Putting it
 * together: minimal neural network case study"), a 2-D set of C classes that no linear classifier
 * separates, generated in Java from a seed. For class j = 0 .. C-1 and k = 0 .. N-1 (N examples
 * per class), in this order:
 *
 * <pre>
 *   r = r0 + (1 - r0) k / (N - 1)                       radius
 *   t = 4 j + 4 k / (N - 1) + 0.2 z,   z = random.nextGaussian()    angle (radians)
 *   x = (r sin t, r cos t),   label j
 * </pre>
 *
 * then the N C examples are shuffled by the Fisher-Yates shuffle (for i = NC - 1 down to 1, swap
 * i with random.nextInt(i + 1)), with the same generator.
 *
 * <p>Two departures from CS231n, both for {@code babysit.overfit_small}, which trains on the
 * first 20 examples. CS231n's radius starts at r0 = 0, where every class has the point (0, 0), so
 * a subset holding two of them cannot be classified without error; here r0 = {@value
 * #INNER_RADIUS}. And CS231n lists the examples class by class, so its first 20 would all be of
 * class 0; here they are shuffled, so the first 20 are a random sample of the spiral, as the notes'
 * first 20 CIFAR-10 images are a sample of theirs.
 */
final class Spiral {

    /** r0, the radius of the innermost example of every arm. */
    static final double INNER_RADIUS = 0.25;
    /** The standard deviation of the angle's noise, in radians (CS231n's 0.2). */
    static final double ANGLE_NOISE = 0.2;

    private Spiral() {
    }

    /**
     * @param perClass N, at least 2
     * @param classes  C, at least 1
     * @param random   the only source of randomness
     * @return N C examples in 2 dimensions, every x_i of norm at most 1
     */
    static Examples generate(int perClass, int classes, Random random) {
        int n = perClass * classes;
        double[][] x = new double[n][];
        int[] y = new int[n];
        for (int j = 0; j < classes; j++) {
            for (int k = 0; k < perClass; k++) {
                double along = (double) k / (perClass - 1);
                double r = INNER_RADIUS + (1 - INNER_RADIUS) * along;
                double t = 4 * j + 4 * along + ANGLE_NOISE * random.nextGaussian();
                x[j * perClass + k] = new double[] {r * Math.sin(t), r * Math.cos(t)};
                y[j * perClass + k] = j;
            }
        }
        for (int i = n - 1; i > 0; i--) {
            swap(x, y, i, random.nextInt(i + 1));
        }
        return new Examples(x, y);
    }

    private static void swap(double[][] x, int[] y, int a, int b) {
        double[] xa = x[a];
        x[a] = x[b];
        x[b] = xa;
        int ya = y[a];
        y[a] = y[b];
        y[b] = ya;
    }
}
