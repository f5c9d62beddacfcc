package nngrade.checks.normalization;

import nngrade.checks.support.Gens;

/**
 * One input of a normalization layer: X (N by D), gamma and beta (length D), and an upstream
 * gradient dY (N by D).
 */
record NormCase(double[][] x, double[] gamma, double[] beta, double[][] dy) {

    int rows() {
        return x.length;
    }

    int features() {
        return gamma.length;
    }

    @Override
    public String toString() {
        return "X = " + Gens.show(x) + ", gamma = " + java.util.Arrays.toString(gamma) + ", beta = "
                + java.util.Arrays.toString(beta) + ", dY = " + Gens.show(dy);
    }
}
