package nngrade.student.backprop;

import java.util.List;
import nngrade.problems.backprop.ComputationalGraph;
import nngrade.problems.backprop.GateOp;
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
     * @param nodes the graph in topological order (not modified)
     * @param inputs the values of the INPUT nodes, in order of appearance (not modified)
     * @return every node's value and d(last node)/d(node), both in node-list order
     */
    @Override
    public GraphResult evaluate(List<GraphNode> nodes, double[] inputs) {
        checkWellFormed(nodes, inputs);
        int n = nodes.size();
        double[] value = new double[n];
        double[] grad = new double[n];

        // ---- forward pass ----
        int inputsRead = 0;
        for (int k = 0; k < n; k++) {
            GraphNode node = nodes.get(k);
            int[] arg = node.args();
            switch (node.op()) {
                case INPUT:
                    value[k] = inputs[inputsRead];
                    inputsRead++;
                    break;
                case ADD:
                    value[k] = value[arg[0]] + value[arg[1]];
                    break;
                case MUL:
                    value[k] = value[arg[0]] * value[arg[1]];
                    break;
                case MAX:
                    value[k] = Math.max(value[arg[0]], value[arg[1]]);
                    break;
                case EXP:
                    value[k] = Math.exp(value[arg[0]]);
                    break;
                case INV:
                    value[k] = 1.0 / value[arg[0]];
                    break;
                case SCALE:
                    value[k] = node.constant() * value[arg[0]];
                    break;
                case OFFSET:
                    value[k] = value[arg[0]] + node.constant();
                    break;
                case SIGMOID:
                    value[k] = logistic(value[arg[0]]);
                    break;
                default:
                    throw new IllegalArgumentException("unknown gate " + node.op());
            }
        }

        // ---- backward pass: seed the output, then push each node's gradient to its args ----
        grad[n - 1] = 1.0;
        for (int k = n - 1; k >= 0; k--) {
            GraphNode node = nodes.get(k);
            double g = grad[k];
            if (node.op() == GateOp.INPUT || g == 0.0) {
                continue; // nothing upstream, or nothing to send
            }
            int[] arg = node.args();
            switch (node.op()) {
                case ADD:
                    grad[arg[0]] += g;
                    grad[arg[1]] += g;
                    break;
                case MUL:
                    // read both values before adding: arg[0] may equal arg[1] (x * x)
                    double left = value[arg[0]];
                    double right = value[arg[1]];
                    grad[arg[0]] += g * right;
                    grad[arg[1]] += g * left;
                    break;
                case MAX:
                    // the winner takes the gradient; a tie goes to the first argument
                    if (value[arg[0]] >= value[arg[1]]) {
                        grad[arg[0]] += g;
                    } else {
                        grad[arg[1]] += g;
                    }
                    break;
                case EXP:
                    grad[arg[0]] += g * value[k]; // d e^x = e^x, this node's own value
                    break;
                case INV:
                    grad[arg[0]] -= g * value[k] * value[k]; // d(1/x) = -(1/x)^2
                    break;
                case SCALE:
                    grad[arg[0]] += g * node.constant();
                    break;
                case OFFSET:
                    grad[arg[0]] += g;
                    break;
                case SIGMOID:
                    double s = value[k];
                    grad[arg[0]] += g * s * (1.0 - s);
                    break;
                default:
                    throw new IllegalArgumentException("unknown gate " + node.op());
            }
        }
        return new GraphResult(value, grad);
    }

    /**
     * A graph must have a node, each node as many args as its gate takes, each arg an earlier
     * node, and one input per INPUT node; anything else is IllegalArgumentException.
     */
    private static void checkWellFormed(List<GraphNode> nodes, double[] inputs) {
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("the graph is empty");
        }
        int inputNodes = 0;
        for (int k = 0; k < nodes.size(); k++) {
            GraphNode node = nodes.get(k);
            if (node.op() == GateOp.INPUT) {
                inputNodes++;
            }
            if (node.args().length != node.op().arity()) {
                throw new IllegalArgumentException("node " + k + ": " + node.op() + " needs "
                        + node.op().arity() + " args, got " + node.args().length);
            }
            for (int arg : node.args()) {
                if (arg < 0 || arg >= k) {
                    throw new IllegalArgumentException("node " + k + " uses n" + arg + ", not an earlier node");
                }
            }
        }
        if (inputNodes != inputs.length) {
            throw new IllegalArgumentException(inputNodes + " INPUT nodes but " + inputs.length + " inputs");
        }
    }

    /** The logistic function, exponentiating only non-positive numbers. */
    private static double logistic(double x) {
        if (x < 0) {
            double e = Math.exp(x);
            return e / (1.0 + e);
        }
        return 1.0 / (1.0 + Math.exp(-x));
    }
}
