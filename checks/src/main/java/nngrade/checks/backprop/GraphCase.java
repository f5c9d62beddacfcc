package nngrade.checks.backprop;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nngrade.problems.backprop.GateOp;
import nngrade.problems.backprop.GraphNode;

/**
 * A graph to evaluate: its nodes in topological order and the values of its INPUT nodes. Shown to
 * students as "n0 = input, n1 = input, n2 = mul(n0, n1), ...; inputs [...]".
 */
record GraphCase(List<GraphNode> nodes, double[] inputs) {

    GraphCase {
        nodes = List.copyOf(nodes);
        inputs = inputs.clone();
    }

    /** @return a fresh, modifiable copy of the nodes, so one call cannot spoil the next */
    List<GraphNode> freshNodes() {
        List<GraphNode> copy = new ArrayList<>();
        for (GraphNode n : nodes) {
            copy.add(new GraphNode(n.op(), n.args().clone(), n.constant()));
        }
        return copy;
    }

    /** @return a copy of the input values */
    double[] freshInputs() {
        return inputs.clone();
    }

    int size() {
        return nodes.size();
    }

    /** @return how many INPUT nodes come before node k */
    int inputsBefore(int k) {
        int count = 0;
        for (int i = 0; i < k; i++) {
            count += nodes.get(i).op() == GateOp.INPUT ? 1 : 0;
        }
        return count;
    }

    /**
     * @return the same graph with node k replaced by an INPUT node holding value: its output as a
     *     function of that value is what d(output)/d(node k) differentiates, everything upstream
     *     of k held fixed
     */
    GraphCase withNodeAsInput(int k, double value) {
        if (nodes.get(k).op() == GateOp.INPUT) {
            double[] in = inputs.clone();
            in[inputsBefore(k)] = value;
            return new GraphCase(nodes, in);
        }
        List<GraphNode> replaced = new ArrayList<>(nodes);
        replaced.set(k, GraphNode.input());
        int at = inputsBefore(k);
        double[] in = new double[inputs.length + 1];
        System.arraycopy(inputs, 0, in, 0, at);
        in[at] = value;
        System.arraycopy(inputs, at, in, at + 1, inputs.length - at);
        return new GraphCase(replaced, in);
    }

    /**
     * @return whether other is the same graph with the same inputs: equal ops, arguments,
     *     constants and input values, bit for bit (a record's own equals compares arrays by
     *     identity)
     */
    boolean sameAs(GraphCase other) {
        if (nodes.size() != other.nodes.size() || !Arrays.equals(inputs, other.inputs)) {
            return false;
        }
        for (int i = 0; i < nodes.size(); i++) {
            GraphNode a = nodes.get(i);
            GraphNode b = other.nodes.get(i);
            if (a.op() != b.op() || !Arrays.equals(a.args(), b.args())
                    || Double.doubleToLongBits(a.constant()) != Double.doubleToLongBits(b.constant())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            parts.add("n" + i + " = " + describe(nodes.get(i)));
        }
        return String.join(", ", parts) + "; inputs " + Arrays.toString(inputs);
    }

    private static String describe(GraphNode n) {
        String args = Arrays.stream(n.args()).mapToObj(a -> "n" + a).collect(Collectors.joining(", "));
        String op = n.op().name().toLowerCase(Locale.ROOT);
        return switch (n.op()) {
            case INPUT -> "input";
            case SCALE, OFFSET -> op + "[c = " + n.constant() + "](" + args + ")";
            default -> op + "(" + args + ")";
        };
    }
}
