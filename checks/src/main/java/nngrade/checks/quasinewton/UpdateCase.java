package nngrade.checks.quasinewton;

import java.util.Arrays;
import nngrade.checks.support.Gens;

/**
 * One input of a secant update: the matrix (H or B) and the pair p, q. Shown in failure messages.
 *
 * @param matrix H or B, symmetric
 * @param p      the step
 * @param q      the change of the gradient
 */
record UpdateCase(double[][] matrix, double[] p, double[] q) {

    int n() {
        return p.length;
    }

    @Override
    public String toString() {
        return "{matrix = " + Gens.show(matrix) + ", p = " + Arrays.toString(p) + ", q = "
                + Arrays.toString(q) + "}";
    }
}
