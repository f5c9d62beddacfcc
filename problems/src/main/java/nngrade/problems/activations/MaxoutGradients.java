package nngrade.problems.activations;

/** The gradients of maxout with respect to x, w1, b1, w2, b2. */
public record MaxoutGradients(double[] dx, double[] dw1, double db1, double[] dw2, double db2) {
}
