package nngrade.reference.backprop;

import java.util.List;
import nngrade.problems.backprop.BinaryGate;
import nngrade.problems.backprop.BinaryGradient;
import nngrade.problems.backprop.ComputationalGraph;
import nngrade.problems.backprop.GateOp;
import nngrade.problems.backprop.GraphNode;
import nngrade.problems.backprop.GraphResult;
import nngrade.problems.backprop.UnaryGate;

/**
 * graph.forward_backward: evaluates a graph of gates forward in topological order, then
 * back-propagates d(output)/d(node) in reverse order, the output being the last node.
 *
 * <p>Each node applies the chain rule locally: it hands gradient * local gradient to each of its
 * arguments. A node that feeds several consumers (fan-out) receives a contribution from each,
 * and they are summed (the notes' "merging gradients", dL/dx = sum_i dL/dy_i dy_i/dx). That
 * includes a node used twice by the same consumer, so x in x*x gets x dz + x dz = 2x dz.
 *
 * <p>A node the output does not depend on gets gradient 0 and is not back-propagated through.
 * Within the contract's domain (every value and local derivative finite) that changes nothing,
 * 0 times a finite derivative being 0; it keeps a NaN or infinite local gradient off the path to
 * the output (1/x at x = 0, say) out of the result even outside it.
 */
public class Graph implements ComputationalGraph {

    private final BinaryGate add = new AddGate();
    private final BinaryGate mul = new MulGate();
    private final BinaryGate max = new MaxGate();
    private final UnaryGate exp = new ExpGate();
    private final UnaryGate inv = new InvGate();
    private final UnaryGate sigmoid = new SigmoidGate();

    /**
     * @param nodes  the graph in topological order (not modified)
     * @param inputs the values of the INPUT nodes in order of appearance (not modified)
     * @return the value of every node and d(last node)/d(every node)
     * @throws IllegalArgumentException if the graph has no node, a node has the wrong number of
     *     arguments or refers to a node that is not earlier in the list, or the number of inputs
     *     does not match
     */
    @Override
    public GraphResult evaluate(List<GraphNode> nodes, double[] inputs) {
        validate(nodes, inputs);
        double[] values = forward(nodes, inputs);
        double[] gradients = backward(nodes, values);
        return new GraphResult(values, gradients);
    }

    private static void validate(List<GraphNode> nodes, double[] inputs) {
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("the graph has no node, so no output");
        }
        int inputNodes = 0;
        for (int i = 0; i < nodes.size(); i++) {
            GraphNode node = nodes.get(i);
            int[] args = node.args();
            if (args.length != node.op().arity()) { // GraphNode never holds null args
                throw new IllegalArgumentException("node " + i + " (" + node.op() + ") needs "
                        + node.op().arity() + " arguments");
            }
            for (int a : args) {
                if (a < 0 || a >= i) {
                    throw new IllegalArgumentException("node " + i + " refers to node " + a
                            + ", which is not an earlier node");
                }
            }
            if (node.op() == GateOp.INPUT) {
                inputNodes++;
            }
        }
        if (inputNodes != inputs.length) {
            throw new IllegalArgumentException("the graph has " + inputNodes
                    + " INPUT nodes but " + inputs.length + " inputs were given");
        }
    }

    /** Forward pass: each node's value from its arguments' values, in list order. */
    private double[] forward(List<GraphNode> nodes, double[] inputs) {
        double[] values = new double[nodes.size()];
        int nextInput = 0;
        for (int i = 0; i < nodes.size(); i++) {
            GraphNode node = nodes.get(i);
            int[] a = node.args();
            if (node.op() == GateOp.INPUT) {
                values[i] = inputs[nextInput++];
            } else if (node.op().arity() == 1) {
                values[i] = unaryGate(node).forward(values[a[0]]);
            } else {
                values[i] = binaryGate(node).forward(values[a[0]], values[a[1]]);
            }
        }
        return values;
    }

    /**
     * Backward pass, in reverse list order: by the time node i is reached every consumer of i
     * (all later in the list) has added its contribution, so gradients[i] is complete.
     *
     * @param nodes  the validated graph, at least one node (not modified)
     * @param values every node's value (not modified)
     */
    private double[] backward(List<GraphNode> nodes, double[] values) {
        int n = nodes.size();
        double[] gradients = new double[n];
        boolean[] feedsOutput = ancestorsOfOutput(nodes);
        gradients[n - 1] = 1; // d(output)/d(output)
        for (int i = n - 1; i >= 0; i--) {
            GraphNode node = nodes.get(i);
            if (!feedsOutput[i] || node.op() == GateOp.INPUT) {
                continue;
            }
            int[] a = node.args();
            if (node.op().arity() == 1) {
                gradients[a[0]] += unaryGate(node).backward(values[a[0]], gradients[i]);
            } else {
                BinaryGradient g = binaryGate(node).backward(values[a[0]], values[a[1]],
                        gradients[i]);
                gradients[a[0]] += g.dx(); // += : fan-out merges gradients
                gradients[a[1]] += g.dy();
            }
        }
        return gradients;
    }

    /**
     * @param nodes the validated graph, at least one node (not modified)
     * @return which nodes the output (the last node) depends on, itself included
     */
    private static boolean[] ancestorsOfOutput(List<GraphNode> nodes) {
        boolean[] marked = new boolean[nodes.size()];
        marked[nodes.size() - 1] = true;
        for (int i = nodes.size() - 1; i >= 0; i--) {
            if (marked[i]) {
                for (int a : nodes.get(i).args()) {
                    marked[a] = true;
                }
            }
        }
        return marked;
    }

    private UnaryGate unaryGate(GraphNode node) {
        return switch (node.op()) {
            case EXP -> exp;
            case INV -> inv;
            case SIGMOID -> sigmoid;
            case SCALE -> new ScaleGate(node.constant());
            case OFFSET -> new OffsetGate(node.constant());
            default -> throw new IllegalStateException("not a unary gate: " + node.op());
        };
    }

    private BinaryGate binaryGate(GraphNode node) {
        return switch (node.op()) {
            case ADD -> add;
            case MUL -> mul;
            case MAX -> max;
            default -> throw new IllegalStateException("not a binary gate: " + node.op());
        };
    }
}
