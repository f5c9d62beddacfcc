package nngrade.checks.backprop;

import static nngrade.checks.api.CheckSettings.qt;

import java.util.Arrays;
import java.util.List;
import nngrade.checks.api.Anchor;
import nngrade.checks.api.NeedsReference;
import nngrade.checks.api.ProblemId;
import nngrade.checks.api.Subjects;
import nngrade.checks.api.ValueAnchored;
import nngrade.checks.api.Weight;
import nngrade.checks.support.AskedAhead;
import nngrade.checks.support.Expect;
import nngrade.checks.support.Gens;
import nngrade.checks.support.GradientCheck;
import nngrade.checks.support.Raises;
import nngrade.checks.support.ScaledAgreement;
import nngrade.checks.support.Tolerance;
import nngrade.problems.Solutions;
import nngrade.problems.backprop.ComputationalGraph;
import nngrade.problems.backprop.GateOp;
import nngrade.problems.backprop.GraphNode;
import nngrade.problems.backprop.GraphResult;
import org.junit.jupiter.api.Test;

/**
 * graph.forward_backward: values in topological order, then d(output)/d(node) for every node in
 * reverse order, the output being the last node; gradients from several consumers are summed.
 *
 * <p>The gradient of node k is checked against central differences of the submission's own
 * forward: node k is replaced by an INPUT node holding its value, and the output is
 * differentiated with respect to that input, everything upstream of k held fixed.
 */
@ProblemId("graph.forward_backward")
class GraphChecks {

    private static ComputationalGraph of(Solutions s) {
        return s.graph();
    }

    private static ComputationalGraph subject() {
        return of(Subjects.submission());
    }

    /** @return the result of evaluating the case on fresh copies, checked for shape */
    static GraphResult evaluate(ComputationalGraph graph, GraphCase c) {
        return checked(graph.evaluate(c.freshNodes(), c.freshInputs()), c);
    }

    /** @return whether r has a value and a gradient for every node of c: what {@link #checked} asks */
    static boolean wellShaped(GraphResult r, GraphCase c) {
        return r != null && r.values() != null && r.gradients() != null && r.values().length == c.size()
                && r.gradients().length == c.size();
    }

    /** @return r, once it has a value and a gradient for every node of c */
    private static GraphResult checked(GraphResult r, GraphCase c) {
        Expect.notNull("evaluate", r);
        Expect.notNull("values", r.values());
        Expect.notNull("gradients", r.gradients());
        Expect.that(r.values().length == c.size() && r.gradients().length == c.size(),
                () -> "expected one value and one gradient per node (" + c.size() + "), got "
                        + r.values().length + " values and " + r.gradients().length + " gradients");
        return r;
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void valuesMatchAForwardEvaluationInTopologicalOrder() {
        ComputationalGraph graph = subject();
        qt().forAll(RandomGraphs.graphs()).checkAssert(c -> {
            double[] expected = GraphEvaluation.values(c.nodes(), c.inputs());
            ScaledAgreement.agrees("node values", expected, evaluate(graph, c).values(),
                    GraphEvaluation.magnitude(expected));
        });
    }

    /**
     * Each graph's differences are asked in one exchange; every graph's, before the property runs,
     * in a few ({@link NodeDifferences#askedAhead}): example by example, the 200 graphs took 400
     * exchanges with the submission's JVM, a third of all a submission's checks made.
     */
    @Test
    @Weight(3)
    void gradientsMatchCentralDifferencesOfTheGraphsOwnForward() {
        ComputationalGraph graph = subject();
        AskedAhead<GraphCase, NodeDifferences> ahead =
                NodeDifferences.askedAhead(graph, AskedAhead.drawn(RandomGraphs.graphs()));
        qt().forAll(RandomGraphs.graphs()).checkAssert(c -> {
            NodeDifferences d = ahead.take(c).orElseGet(() -> NodeDifferences.asked(graph, c));
            for (int k = 0; k < c.size(); k++) {
                int plus = 2 * k;
                GradientCheck.Estimate[] numerical = GradientCheck.gradientOfSumAll(points -> List.of(
                        outputAndScale(checked(d.results().get(plus), d.cases().get(plus))),
                        outputAndScale(checked(d.results().get(plus + 1), d.cases().get(plus + 1)))),
                        new double[] {d.forward().values()[k]});
                GradientCheck.assertMatches("d(output)/d(n" + k + ")", d.forward().gradients()[k], numerical[0]);
            }
        });
    }

    /**
     * @return the output split as {output, M, -M} with M the largest |value| of the graph: the sum
     *     is the output, and the rounding noise the gradient check allows grows with M, the size of
     *     the intermediate values whose rounding reaches the output
     */
    private static double[] outputAndScale(GraphResult r) {
        double[] values = r.values();
        double m = GraphEvaluation.magnitude(values);
        return new double[] {values[values.length - 1], m, -m};
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void fanOutGradientsAreSummed() {
        ComputationalGraph graph = subject();
        qt().forAll(Gens.between(-3, 3), Gens.between(-3, 3), Gens.between(-3, 3)).checkAssert((x, y, z) -> {
            expectGradients(graph, NotesGraphs.square(x), "x * x: d/dx = 2x", new double[] {2 * x, 1});
            expectGradients(graph, NotesGraphs.twoConsumers(x, y, z), "(x + y)(x z): d/dx = x z + (x + y) z",
                    new double[] {x * z + (x + y) * z, x * z, (x + y) * x, x * z, x + y, 1});
            expectGradients(graph, NotesGraphs.threeConsumers(x), "2x + (x + 1) + x: d/dx = 4",
                    new double[] {4, 1, 1, 1, 1});
        });
    }

    private static void expectGradients(ComputationalGraph graph, GraphCase c, String what, double[] expected) {
        ScaledAgreement.agrees("gradients of " + what + ", graph " + c, expected, evaluate(graph, c).gradients(),
                GraphEvaluation.magnitude(expected));
    }

    @Test
    @Weight(1)
    @ValueAnchored(Anchor.EXAMPLE)
    void simpleExampleOfTheNotesBuiltFromGates() {
        GraphResult r = evaluate(subject(), NotesGraphs.simple(-2, 5, -4));
        Expect.near("f = (x + y) z at (-2, 5, -4)", -12, r.values()[4], 0, Tolerance.NOTES_ABS);
        Expect.near("gradients (x, y, z, x + y, f) of (x + y) z at (-2, 5, -4)",
                new double[] {-4, -4, 3, -4, 1}, r.gradients(), 0, Tolerance.NOTES_ABS);
    }

    @Test
    @Weight(1)
    @ValueAnchored(Anchor.EXAMPLE)
    void sigmoidCircuitOfTheNotesBuiltFromGates() {
        double[] v = SigmoidCircuit.V; // (w0, w1, w2, x0, x1); the graph reads (w0, x0, w1, x1, w2)
        GraphResult r = evaluate(subject(), NotesGraphs.sigmoidCircuit(new double[] {v[0], v[3], v[1], v[4], v[2]}));
        Expect.near("the sigmoid circuit at w = (2, -3, -3), x = (-1, -2): f", SigmoidCircuit.PRINTED_F,
                r.values()[r.values().length - 1], 0, Tolerance.NOTES_ABS);
        double[] inputGradients = Arrays.copyOf(r.gradients(), 5);
        double[] printed = SigmoidCircuit.PRINTED_GRADIENT; // in the graph's input order (w0, x0, w1, x1, w2)
        Expect.near("the sigmoid circuit's gradients of (w0, x0, w1, x1, w2)",
                new double[] {printed[0], printed[3], printed[1], printed[4], printed[2]}, inputGradients, 0,
                Tolerance.NOTES_ABS);
    }

    /**
     * The contract's malformed graphs, one fixed graph for each way to break it: no node, a gate
     * with the wrong number of arguments, an argument that is not an earlier node, inputs that do
     * not match the INPUT nodes. Each must get IllegalArgumentException.
     */
    @Test
    @Weight(1)
    void rejectsAMalformedGraph() {
        ComputationalGraph graph = subject();
        GraphNode x = GraphNode.input();
        rejects(graph, "no node", new GraphCase(List.of(), new double[0]));
        rejects(graph, "an ADD with one argument", new GraphCase(List.of(x, GraphNode.of(GateOp.ADD, 0)), new double[] {1}));
        rejects(graph, "an EXP with two arguments",
                new GraphCase(List.of(x, GraphNode.of(GateOp.EXP, 0, 0)), new double[] {1}));
        rejects(graph, "an INPUT with an argument",
                new GraphCase(List.of(x, GraphNode.of(GateOp.INPUT, 0)), new double[] {1, 2}));
        rejects(graph, "an argument -1",
                new GraphCase(List.of(x, GraphNode.withConstant(GateOp.SCALE, 2, -1)), new double[] {1}));
        rejects(graph, "a node that is its own argument",
                new GraphCase(List.of(x, GraphNode.of(GateOp.ADD, 0, 1)), new double[] {1}));
        rejects(graph, "a node whose argument comes later",
                new GraphCase(List.of(x, GraphNode.of(GateOp.EXP, 2), GraphNode.withConstant(GateOp.OFFSET, 1, 0)),
                        new double[] {1}));
        List<GraphNode> product = List.of(x, x, GraphNode.of(GateOp.MUL, 0, 1));
        rejects(graph, "fewer inputs than INPUT nodes", new GraphCase(product, new double[] {1}));
        rejects(graph, "more inputs than INPUT nodes", new GraphCase(product, new double[] {1, 2, 3}));
    }

    private static void rejects(ComputationalGraph graph, String what, GraphCase c) {
        Raises.that("evaluate on a graph with " + what + " (" + c + ")", IllegalArgumentException.class,
                () -> graph.evaluate(c.freshNodes(), c.freshInputs()));
    }

    @Test
    @Weight(1)
    void doesNotModifyItsInputs() {
        ComputationalGraph graph = subject();
        qt().forAll(RandomGraphs.graphs()).checkAssert(c -> {
            List<GraphNode> nodes = c.freshNodes();
            double[] inputs = c.freshInputs();
            graph.evaluate(nodes, inputs);
            Expect.unchanged("inputs", c.inputs(), inputs);
            Expect.that(nodes.size() == c.size(), () -> "the implementation changed the node list's size from "
                    + c.size() + " to " + nodes.size());
            for (int i = 0; i < c.size(); i++) {
                GraphNode before = c.nodes().get(i);
                GraphNode after = nodes.get(i);
                Expect.that(before.op() == after.op() && Arrays.equals(before.args(), after.args())
                        && Double.compare(before.constant(), after.constant()) == 0,
                        "the implementation modified node " + i + " of the list (or its args array)");
            }
        });
    }

    @Test
    @Weight(1)
    void finiteAtExtremeInputs() {
        ComputationalGraph graph = subject();
        for (double x : new double[] {-1000, 1000}) {
            for (double y : new double[] {-1000, 1000}) {
                GraphCase c = NotesGraphs.extreme(x, y);
                GraphResult r = evaluate(graph, c);
                Expect.finite(() -> "values of " + c, r.values());
                Expect.finite(() -> "gradients of " + c, r.gradients());
            }
        }
    }

    @Test
    @Weight(2)
    @NeedsReference
    void agreesWithTheReference() {
        ComputationalGraph graph = subject();
        ComputationalGraph reference = of(Subjects.reference());
        qt().forAll(RandomGraphs.graphs()).checkAssert(c -> {
            GraphResult expected = reference.evaluate(c.freshNodes(), c.freshInputs());
            GraphResult actual = evaluate(graph, c);
            ScaledAgreement.agrees("node values", expected.values(), actual.values(),
                    GraphEvaluation.magnitude(expected.values()));
            // a gradient is a sum of products of gradients and values: its rounding scales with both
            ScaledAgreement.agrees("gradients", expected.gradients(), actual.gradients(),
                    GraphEvaluation.magnitude(expected.gradients())
                            * Math.max(1, GraphEvaluation.magnitude(expected.values())));
        });
    }
}
