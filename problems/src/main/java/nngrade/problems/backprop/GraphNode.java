package nngrade.problems.backprop;

import java.util.Objects;

/**
 * One node of a computational graph.
 *
 * @param op       the gate
 * @param args     indices of earlier nodes in the node list (length = op.arity()); a node may be
 *                 used by several later nodes (fan-out) and twice by the same node (x*x)
 * @param constant c for SCALE (c*x) and OFFSET (x+c); ignored by the other ops
 */
public record GraphNode(GateOp op, int[] args, double constant) {

    /**
     * @throws NullPointerException if op or args is null (a node of the wrong arity is a
     *     well-formed record; {@link ComputationalGraph} says what a graph of such nodes gets)
     */
    public GraphNode {
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(args, "args");
    }

    public static GraphNode input() {
        return new GraphNode(GateOp.INPUT, new int[0], 0);
    }

    public static GraphNode of(GateOp op, int... args) {
        return new GraphNode(op, args, 0);
    }

    public static GraphNode withConstant(GateOp op, double constant, int arg) {
        return new GraphNode(op, new int[] {arg}, constant);
    }
}
