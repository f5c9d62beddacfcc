package nngrade.problems.activations;

/** The gradients of a gated unit with respect to X, W, b, V and c. */
public record GatedGradients(double[][] dX, double[][] dW, double[] db, double[][] dV, double[] dc) {
}
