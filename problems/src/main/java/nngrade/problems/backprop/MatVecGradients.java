package nngrade.problems.backprop;

/** The gradients of q = W x: dW = dq x^T and dx = W^T dq. */
public record MatVecGradients(double[][] dW, double[] dx) {
}
