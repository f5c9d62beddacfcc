package nngrade.problems.activations;

/** dL/dx per element and dL/da for the shared parameter, summed over elements. */
public record ParametricGradients(double[] dx, double dA) {
}
