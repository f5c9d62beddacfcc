package nngrade.bugs.backprop;

import java.util.List;
import nngrade.problems.backprop.BinaryGate;
import nngrade.problems.backprop.BinaryGradient;
import nngrade.problems.backprop.ComputationalGraph;
import nngrade.problems.backprop.GateOp;
import nngrade.problems.backprop.GraphNode;
import nngrade.problems.backprop.GraphResult;
import nngrade.problems.backprop.UnaryGate;
import nngrade.reference.backprop.AddGate;
import nngrade.reference.backprop.ExpGate;
import nngrade.reference.backprop.InvGate;
import nngrade.reference.backprop.MaxGate;
import nngrade.reference.backprop.MulGate;
import nngrade.reference.backprop.OffsetGate;
import nngrade.reference.backprop.ScaleGate;
import nngrade.reference.backprop.SigmoidGate;

/** One-mistake computational graphs. */
public final class GraphBugs {

    private GraphBugs() {
    }

    /**
     * A plain forward/backward graph whose backward assigns each argument's gradient instead of
     * adding to it: a node with several consumers keeps only the last one's, and x in x*x gets
     * x instead of 2x.
     */
    public static final class FanOutOverwritten implements ComputationalGraph {
        @Override
        public GraphResult evaluate(List<GraphNode> nodes, double[] inputs) {
            validate(nodes, inputs);
            int n = nodes.size();
            double[] values = new double[n];
            int next = 0;
            for (int i = 0; i < n; i++) {
                GraphNode node = nodes.get(i);
                int[] a = node.args();
                if (node.op() == GateOp.INPUT) {
                    values[i] = inputs[next++];
                } else if (a.length == 1) {
                    values[i] = unary(node).forward(values[a[0]]);
                } else {
                    values[i] = binary(node).forward(values[a[0]], values[a[1]]);
                }
            }
            double[] grads = new double[n];
            grads[n - 1] = 1;
            for (int i = n - 1; i >= 0; i--) {
                GraphNode node = nodes.get(i);
                int[] a = node.args();
                if (node.op() == GateOp.INPUT) {
                    continue;
                }
                if (a.length == 1) {
                    grads[a[0]] = unary(node).backward(values[a[0]], grads[i]);
                } else {
                    BinaryGradient g = binary(node).backward(values[a[0]], values[a[1]], grads[i]);
                    grads[a[0]] = g.dx(); // the mistake: = instead of +=
                    grads[a[1]] = g.dy();
                }
            }
            return new GraphResult(values, grads);
        }
    }

    /**
     * A graph right in every value and gradient on every well-formed graph that never validates
     * it: an empty graph gets an ArrayIndexOutOfBoundsException, a gate short of an argument
     * reads past its args, an argument that is the node itself or a later one reads a value not
     * yet computed (0), surplus inputs are ignored.
     */
    public static final class WithoutValidation implements ComputationalGraph {
        @Override
        public GraphResult evaluate(List<GraphNode> nodes, double[] inputs) {
            int n = nodes.size();
            double[] values = new double[n];
            int next = 0;
            for (int i = 0; i < n; i++) {
                GraphNode node = nodes.get(i);
                int[] a = node.args();
                values[i] = switch (node.op()) {
                    case INPUT -> inputs[next++];
                    case ADD, MUL, MAX -> binary(node).forward(values[a[0]], values[a[1]]);
                    default -> unary(node).forward(values[a[0]]);
                };
            }
            double[] grads = new double[n];
            grads[n - 1] = 1;
            for (int i = n - 1; i >= 0; i--) {
                GraphNode node = nodes.get(i);
                int[] a = node.args();
                switch (node.op()) {
                    case INPUT -> { }
                    case ADD, MUL, MAX -> {
                        BinaryGradient g = binary(node).backward(values[a[0]], values[a[1]], grads[i]);
                        grads[a[0]] += g.dx();
                        grads[a[1]] += g.dy();
                    }
                    default -> grads[a[0]] += unary(node).backward(values[a[0]], grads[i]);
                }
            }
            return new GraphResult(values, grads);
        }
    }

    /**
     * The contract's malformed graphs, the part of the bugs above that is right.
     *
     * @param nodes  the graph (not modified)
     * @param inputs the INPUT nodes' values (not modified)
     * @throws IllegalArgumentException if there is no node, a node's arity is wrong, an argument
     *     is not an earlier node, or the inputs do not number the INPUT nodes
     */
    private static void validate(List<GraphNode> nodes, double[] inputs) {
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("a graph needs at least one node");
        }
        int inputNodes = 0;
        for (int i = 0; i < nodes.size(); i++) {
            GraphNode node = nodes.get(i);
            if (node.args().length != node.op().arity()) {
                throw new IllegalArgumentException("node " + i + " has " + node.args().length + " arguments");
            }
            for (int a : node.args()) {
                if (a < 0 || a >= i) {
                    throw new IllegalArgumentException("node " + i + " refers to node " + a);
                }
            }
            inputNodes += node.op() == GateOp.INPUT ? 1 : 0;
        }
        if (inputs.length != inputNodes) {
            throw new IllegalArgumentException(inputs.length + " inputs for " + inputNodes + " INPUT nodes");
        }
    }

    private static UnaryGate unary(GraphNode node) {
        return switch (node.op()) {
            case EXP -> new ExpGate();
            case INV -> new InvGate();
            case SIGMOID -> new SigmoidGate();
            case SCALE -> new ScaleGate(node.constant());
            case OFFSET -> new OffsetGate(node.constant());
            default -> throw new IllegalArgumentException(node.op() + " is not unary");
        };
    }

    private static BinaryGate binary(GraphNode node) {
        return switch (node.op()) {
            case ADD -> new AddGate();
            case MUL -> new MulGate();
            case MAX -> new MaxGate();
            default -> throw new IllegalArgumentException(node.op() + " is not binary");
        };
    }
}
