package nngrade.checks.backprop;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nngrade.checks.support.Gens;
import nngrade.problems.backprop.GateOp;
import nngrade.problems.backprop.GraphNode;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Random graphs over every gate: 1 to 3 INPUT nodes (the first node is one, the others may come
 * later in the list), 1 to 7 gate nodes whose arguments are any earlier nodes, so fan-out and a
 * node used twice by one gate (x*x, x+x) are common.
 *
 * <p>Each gate is kept only where central differences of the graph are reliable: every value
 * stays within +-{@value #MAX_VALUE}, inv stays {@value #POLE_MARGIN} away from its pole, exp's
 * argument at most {@value #MAX_EXP_ARGUMENT}, and the two arguments of a max differ by at least
 * {@value #TIE_MARGIN} of their size (no tie, nothing near one). A gate that would break this is
 * replaced by halving the last node, which always keeps it.
 */
final class RandomGraphs {

    static final double MAX_VALUE = 20;
    static final double POLE_MARGIN = 0.2;
    static final double MAX_EXP_ARGUMENT = 3;
    static final double TIE_MARGIN = 0.05;

    private static final GateOp[] GATES = {
        GateOp.ADD, GateOp.MUL, GateOp.MAX, GateOp.EXP, GateOp.INV, GateOp.SCALE, GateOp.OFFSET, GateOp.SIGMOID};

    private RandomGraphs() {
    }

    /** @return random graphs with inputs in [-2, 2] */
    static Gen<GraphCase> graphs() {
        Gen<GraphCase> gen = RandomGraphs::build;
        return gen.describedAs(GraphCase::toString);
    }

    private static GraphCase build(RandomnessSource in) {
        int inputsLeft = Generate.range(1, 3).generate(in);
        int gatesLeft = Generate.range(1, 7).generate(in);
        List<GraphNode> nodes = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<Double> inputs = new ArrayList<>();
        while (inputsLeft + gatesLeft > 0) {
            boolean input = nodes.isEmpty()
                    || inputsLeft > 0 && (gatesLeft == 0 || Generate.range(0, 3).generate(in) == 0);
            if (input) {
                double v = Gens.between(-2, 2).generate(in);
                nodes.add(GraphNode.input());
                values.add(v);
                inputs.add(v);
                inputsLeft--;
            } else {
                GraphNode node = gate(in, nodes.size(), values);
                nodes.add(node);
                values.add(valueOf(node, values));
                gatesLeft--;
            }
        }
        return new GraphCase(nodes, inputs.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** @return a random gate over the nodes so far, or the fallback halving if it is unsafe */
    private static GraphNode gate(RandomnessSource in, int size, List<Double> values) {
        GateOp op = GATES[Generate.range(0, GATES.length - 1).generate(in)];
        int a = argument(in, size);
        int b = argument(in, size);
        GraphNode node = switch (op) {
            case ADD, MUL, MAX -> GraphNode.of(op, a, b);
            case SCALE, OFFSET -> GraphNode.withConstant(op, Gens.between(-2, 2).generate(in), a);
            default -> GraphNode.of(op, a);
        };
        return safe(node, values) ? node : GraphNode.withConstant(GateOp.SCALE, 0.5, size - 1);
    }

    /** @return the last node half the time (deep graphs), any earlier node otherwise (fan-out) */
    private static int argument(RandomnessSource in, int size) {
        return Generate.booleans().generate(in) ? size - 1 : Generate.range(0, size - 1).generate(in);
    }

    private static boolean safe(GraphNode node, List<Double> values) {
        double[] a = node.args().length == 0 ? new double[0]
                : Arrays.stream(node.args()).mapToDouble(values::get).toArray();
        boolean gateSafe = switch (node.op()) {
            case INV -> Math.abs(a[0]) >= POLE_MARGIN;
            case EXP -> a[0] <= MAX_EXP_ARGUMENT;
            case MAX -> node.args()[0] == node.args()[1]
                    || Math.abs(a[0] - a[1]) >= TIE_MARGIN * Math.max(1, Math.max(Math.abs(a[0]), Math.abs(a[1])));
            default -> true;
        };
        double v = valueOf(node, values);
        return gateSafe && Double.isFinite(v) && Math.abs(v) <= MAX_VALUE;
    }

    private static double valueOf(GraphNode node, List<Double> values) {
        return GraphEvaluation.apply(node, values.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
