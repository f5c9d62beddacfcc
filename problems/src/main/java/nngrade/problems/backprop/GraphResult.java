package nngrade.problems.backprop;

/**
 * What evaluating a graph gives.
 *
 * @param values    the value of every node, in node-list order (the output is the last node)
 * @param gradients d(output)/d(node value) for every node, in node-list order; the output's own
 *                  gradient is 1
 */
public record GraphResult(double[] values, double[] gradients) {
}
