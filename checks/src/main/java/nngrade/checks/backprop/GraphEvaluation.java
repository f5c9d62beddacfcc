package nngrade.checks.backprop;

import java.util.List;
import nngrade.checks.support.StableMath;
import nngrade.problems.backprop.GateOp;
import nngrade.problems.backprop.GraphNode;

/** The check's own forward pass over a graph: each node from its arguments, in list order. */
final class GraphEvaluation {

    private GraphEvaluation() {
    }

    /** @return the value of every node */
    static double[] values(List<GraphNode> nodes, double[] inputs) {
        double[] v = new double[nodes.size()];
        int nextInput = 0;
        for (int i = 0; i < v.length; i++) {
            GraphNode n = nodes.get(i);
            v[i] = n.op() == GateOp.INPUT ? inputs[nextInput++] : apply(n, v);
        }
        return v;
    }

    /** @return the value of node n given the values of the earlier nodes */
    static double apply(GraphNode n, double[] values) {
        int[] a = n.args();
        return switch (n.op()) {
            case ADD -> values[a[0]] + values[a[1]];
            case MUL -> values[a[0]] * values[a[1]];
            case MAX -> Math.max(values[a[0]], values[a[1]]);
            case EXP -> Math.exp(values[a[0]]);
            case INV -> 1 / values[a[0]];
            case SCALE -> n.constant() * values[a[0]];
            case OFFSET -> values[a[0]] + n.constant();
            case SIGMOID -> StableMath.sigmoid(values[a[0]]);
            case INPUT -> throw new IllegalArgumentException("an INPUT node has no arguments");
        };
    }

    /** @return the largest |value| of the graph, the scale of its rounding errors */
    static double magnitude(double[] values) {
        double m = 0;
        for (double v : values) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }
}
