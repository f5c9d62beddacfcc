package nngrade.checks.backprop;

import java.util.List;
import nngrade.problems.backprop.GateOp;
import nngrade.problems.backprop.GraphNode;

/** The notes' two worked examples, and small graphs with fan-out, written as node lists. */
final class NotesGraphs {

    private NotesGraphs() {
    }

    /** f = (x + y) z: n0 = x, n1 = y, n2 = z, n3 = x + y, n4 = n3 * z. */
    static GraphCase simple(double x, double y, double z) {
        return new GraphCase(List.of(GraphNode.input(), GraphNode.input(), GraphNode.input(),
                GraphNode.of(GateOp.ADD, 0, 1), GraphNode.of(GateOp.MUL, 3, 2)), new double[] {x, y, z});
    }

    /**
     * The sigmoid circuit 1/(1 + exp(-(w0 x0 + w1 x1 + w2))): inputs n0..n4 = w0, x0, w1, x1, w2,
     * then mul, mul, add, add, scale(-1), exp, offset(1), inv.
     */
    static GraphCase sigmoidCircuit(double[] inputs) {
        return new GraphCase(List.of(
                GraphNode.input(), GraphNode.input(), GraphNode.input(), GraphNode.input(), GraphNode.input(),
                GraphNode.of(GateOp.MUL, 0, 1),
                GraphNode.of(GateOp.MUL, 2, 3),
                GraphNode.of(GateOp.ADD, 5, 6),
                GraphNode.of(GateOp.ADD, 7, 4),
                GraphNode.withConstant(GateOp.SCALE, -1, 8),
                GraphNode.of(GateOp.EXP, 9),
                GraphNode.withConstant(GateOp.OFFSET, 1, 10),
                GraphNode.of(GateOp.INV, 11)), inputs);
    }

    /** x * x: n0 = x, n1 = n0 * n0; d/dx = 2x. */
    static GraphCase square(double x) {
        return new GraphCase(List.of(GraphNode.input(), GraphNode.of(GateOp.MUL, 0, 0)), new double[] {x});
    }

    /** (x + y)(x z): x feeds two gates; d/dx = x z + (x + y) z. */
    static GraphCase twoConsumers(double x, double y, double z) {
        return new GraphCase(List.of(GraphNode.input(), GraphNode.input(), GraphNode.input(),
                GraphNode.of(GateOp.ADD, 0, 1), GraphNode.of(GateOp.MUL, 0, 2), GraphNode.of(GateOp.MUL, 3, 4)),
                new double[] {x, y, z});
    }

    /** (2x + (x + 1)) + x: x feeds three gates; d/dx = 2 + 1 + 1 = 4. */
    static GraphCase threeConsumers(double x) {
        return new GraphCase(List.of(GraphNode.input(),
                GraphNode.withConstant(GateOp.SCALE, 2, 0), GraphNode.withConstant(GateOp.OFFSET, 1, 0),
                GraphNode.of(GateOp.ADD, 1, 2), GraphNode.of(GateOp.ADD, 3, 0)), new double[] {x});
    }

    /**
     * Every gate where the inputs are +-1000: sigmoid(x y) + 0.001 max(x, y) + exp(-1000 sigmoid(x y)).
     * Every value and gradient is finite (exp's argument is at most 0).
     */
    static GraphCase extreme(double x, double y) {
        return new GraphCase(List.of(GraphNode.input(), GraphNode.input(),
                GraphNode.of(GateOp.MUL, 0, 1),
                GraphNode.of(GateOp.SIGMOID, 2),
                GraphNode.of(GateOp.MAX, 0, 1),
                GraphNode.withConstant(GateOp.SCALE, 0.001, 4),
                GraphNode.of(GateOp.ADD, 3, 5),
                GraphNode.withConstant(GateOp.SCALE, -1000, 3),
                GraphNode.of(GateOp.EXP, 7),
                GraphNode.withConstant(GateOp.OFFSET, 0.5, 8),
                GraphNode.of(GateOp.INV, 9),
                GraphNode.of(GateOp.ADD, 6, 10)), new double[] {x, y});
    }
}
