package nngrade.problems.backprop;

/**
 * A scalar function of a vector with its gradient, computed by back-propagation by hand
 * (graph.example_simple, graph.example_sigmoid).
 *
 * <p>v has the function's number of variables (3 for graph.example_simple, 5 for
 * graph.example_sigmoid); a point of another length makes both methods throw
 * IllegalArgumentException.
 */
public interface DifferentiableFunction {

    /** @param v the point; not modified. @return f(v) */
    double value(double[] v);

    /** @param v the point; not modified. @return the gradient of f at v, same length as v */
    double[] gradient(double[] v);
}
