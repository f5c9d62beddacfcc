package nngrade.problems.backprop;

/**
 * The gates a {@link GraphNode} can hold, with their arity.
 *
 * <p>INPUT nodes read the graph's inputs in the order they appear in the node list.
 * SCALE computes c*x and OFFSET x+c, with c the node's {@code constant}.
 */
public enum GateOp {
    INPUT(0), ADD(2), MUL(2), MAX(2), EXP(1), INV(1), SCALE(1), OFFSET(1), SIGMOID(1);

    private final int arity;

    GateOp(int arity) {
        this.arity = arity;
    }

    /** @return how many arguments a node of this op takes */
    public int arity() {
        return arity;
    }
}
