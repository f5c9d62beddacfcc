package nngrade.problems.backprop;

import java.util.List;

/**
 * graph.forward_backward: evaluates a graph of gates forward in topological order, then
 * back-propagates from the last node in reverse order.
 *
 * <p>Fan-out: when a node feeds several consumers, the gradients they send back are summed
 * ("merging gradients"); so the node x in x*x gets 2x.
 *
 * <p>A malformed graph makes {@link #evaluate} throw IllegalArgumentException: no nodes at all, a
 * node whose args do not number its op's arity (an INPUT with an argument, an ADD with one), an
 * argument index that is negative or not smaller than its own node's index (the node itself or a
 * later one), or inputs whose length is not the number of INPUT nodes.
 *
 * <p>Domain: the inputs keep every gate in its domain, so every node's value and every gate's
 * local derivative at its arguments is a finite double: INV is never evaluated at 0, nor so near
 * it that 1/x^2 overflows, EXP never overflows, and no sum, product or constant is infinite or
 * NaN. What a graph outside that domain gives is not specified.
 */
public interface ComputationalGraph {

    /**
     * @param nodes  the graph in topological order (every arg index is smaller than its node's
     *               index), at least one node; not modified
     * @param inputs the values of the INPUT nodes, in the order those nodes appear; not modified
     * @return every node's value and d(last node)/d(node)
     * @throws IllegalArgumentException if the graph is malformed (see above)
     */
    GraphResult evaluate(List<GraphNode> nodes, double[] inputs);
}
