package nngrade.problems.normalization;

/**
 * The gradients of a normalization layer Y = xhat(X) (.) gamma + beta: dX (N by D), dGamma and
 * dBeta (length D, summed over the rows of the batch because gamma and beta are shared by them).
 */
public record NormGradients(double[][] dX, double[] dGamma, double[] dBeta) {
}
