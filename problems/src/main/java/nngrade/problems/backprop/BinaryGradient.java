package nngrade.problems.backprop;

/** The gradients a two-input gate sends back: dL/dx and dL/dy. */
public record BinaryGradient(double dx, double dy) {
}
