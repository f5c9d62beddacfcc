package nngrade.problems.backprop;

import java.util.List;

/**
 * graph.forward_backward: evaluates a graph of gates forward in topological order, then
 * back-propagates from the last node in reverse order.
 *
 * <p>Fan-out: when a node feeds several consumers, the gradients they send back are summed
 * ("merging gradients"); so the node x in x*x gets 2x.
 */
public interface ComputationalGraph {

    /**
     * @param nodes  the graph in topological order (every arg index is smaller than its node's
     *               index); not modified
     * @param inputs the values of the INPUT nodes, in the order those nodes appear; not modified
     * @return every node's value and d(last node)/d(node)
     */
    GraphResult evaluate(List<GraphNode> nodes, double[] inputs);
}
