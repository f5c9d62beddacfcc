package nngrade.checks.initialization;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The experiment's two matrix products are the sums their definitions write, added in the same
 * order, so equal to the last bit: Z = H W^T (z_bi = sum_j h_bj w_ij) and C = A B
 * (c_bj = sum_k a_bk b_kj), each sum from 0 in the order of its index. Matrices from a fixed
 * seed; W is not symmetric, so a product with W instead of W^T differs.
 */
class DeepNetworkProductsTest {

    private static final int B = DeepNetwork.BATCH;
    private static final int N = DeepNetwork.WIDTH;

    private static double[] gaussian(Random random, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = random.nextGaussian();
        }
        return v;
    }

    @Test
    void timesTransposedIsEachRowOfHDottedWithEachRowOfW() {
        Random random = new Random(20261201);
        double[] h = gaussian(random, B * N);
        double[] w = gaussian(random, N * N);
        double[] expected = new double[B * N];
        for (int b = 0; b < B; b++) {
            for (int i = 0; i < N; i++) {
                double sum = 0;
                for (int j = 0; j < N; j++) {
                    sum += h[b * N + j] * w[i * N + j];
                }
                expected[b * N + i] = sum;
            }
        }
        assertArrayEquals(expected, DeepNetwork.timesTransposed(h, w));
    }

    @Test
    void timesIsEachRowOfACombiningTheRowsOfB() {
        Random random = new Random(20261202);
        double[] a = gaussian(random, B * N);
        double[] m = gaussian(random, N * N);
        double[] expected = new double[B * N];
        for (int b = 0; b < B; b++) {
            for (int j = 0; j < N; j++) {
                double sum = 0;
                for (int k = 0; k < N; k++) {
                    sum += a[b * N + k] * m[k * N + j];
                }
                expected[b * N + j] = sum;
            }
        }
        assertArrayEquals(expected, DeepNetwork.times(a, m));
    }
}
