package nngrade.student.backprop;

import java.util.List;
import nngrade.problems.NotImplementedYet;
import nngrade.problems.backprop.ComputationalGraph;
import nngrade.problems.backprop.GraphNode;
import nngrade.problems.backprop.GraphResult;

/**
 * graph.forward_backward: evaluates a graph of gates forward in topological order, then
 * back-propagates from the last node in reverse order.
 */
public class Graph implements ComputationalGraph {

    /**
     * Forward: INPUT nodes take the inputs in the order they appear; every other node applies its
     * gate (GateOp) to the values of its args (SCALE is c*x and OFFSET is x+c with c the node's
     * constant).
     *
     * <p>Backward: the last node's gradient is 1; going through the nodes in reverse order, each
     * node adds gradient * local gradient to each of its args. Use +=: a node that feeds several
     * consumers (fan-out) receives the sum of their gradients, so x in x*x gets 2x.
     *
     * <p>A malformed graph gets IllegalArgumentException: no node, a node with the wrong number
     * of args, an arg that is not an earlier node, or not one input per INPUT node (see
     * {@link ComputationalGraph}).
     *
     * @param nodes the graph in topological order (not modified)
     * @param inputs the values of the INPUT nodes, in order of appearance (not modified)
     * @return every node's value and d(last node)/d(node), both in node-list order
     */
    @Override
    public GraphResult evaluate(List<GraphNode> nodes, double[] inputs) {
        throw new NotImplementedYet("graph.forward_backward");
    }
}
