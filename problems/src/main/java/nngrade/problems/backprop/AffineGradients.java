package nngrade.problems.backprop;

/** The gradients of Y = X W^T + b: dX (n, in), dW (out, in), db (out). */
public record AffineGradients(double[][] dX, double[][] dW, double[] db) {
}
