package nngrade.checks.backprop;

import java.util.ArrayList;
import java.util.List;
import nngrade.checks.support.AskedAhead;
import nngrade.checks.support.Batch;
import nngrade.checks.support.GradientCheck;
import nngrade.problems.backprop.ComputationalGraph;
import nngrade.problems.backprop.GraphResult;

/**
 * What a gradient check of one graph asks the submission: its evaluation of the graph, then its
 * evaluation of the graph with each node k made an INPUT node at the value the submission gave
 * it, v_k + h and then v_k - h (h = {@link GradientCheck#step}(v_k)): the central difference
 * (f(v_k + h) - f(v_k - h)) / 2h is d(output)/d(node k), everything upstream of k held fixed.
 *
 * @param forward the evaluation of the graph, with a value and a gradient per node
 * @param cases   the graph with node k as an input, at v_k + h (place 2k) and v_k - h (place 2k + 1)
 * @param results the submission's evaluation of each of {@code cases}, not yet checked for shape
 */
record NodeDifferences(GraphResult forward, List<GraphCase> cases, List<GraphResult> results) {

    /**
     * Asks for one graph: its evaluation, then every node's two differences in one exchange.
     *
     * @param graph the submission; not modified by this method
     * @param c     the graph; not modified
     * @throws AssertionError if the evaluation has not a value and a gradient per node
     */
    static NodeDifferences asked(ComputationalGraph graph, GraphCase c) {
        GraphResult forward = GraphChecks.evaluate(graph, c);
        List<GraphCase> cases = around(c, forward);
        return new NodeDifferences(forward, cases, evaluated(graph, cases));
    }

    /**
     * Asks for every graph at once, in two steps of one exchange or a few: every evaluation, then
     * every node's differences of every graph. The graphs asked for are those before the first
     * whose evaluation has not a value and a gradient per node; if the submission throws, none.
     *
     * @param graph the submission; not modified by this method
     * @param drawn the graphs the property will meet, in order; not modified
     */
    static AskedAhead<GraphCase, NodeDifferences> askedAhead(ComputationalGraph graph, List<GraphCase> drawn) {
        try {
            List<GraphResult> forwards = evaluated(graph, drawn);
            List<GraphCase> asked = new ArrayList<>();
            List<GraphCase> cases = new ArrayList<>();
            for (int i = 0; i < drawn.size() && GraphChecks.wellShaped(forwards.get(i), drawn.get(i)); i++) {
                asked.add(drawn.get(i));
                cases.addAll(around(drawn.get(i), forwards.get(i)));
            }
            List<GraphResult> results = evaluated(graph, cases);
            List<NodeDifferences> answers = new ArrayList<>();
            int from = 0;
            for (int i = 0; i < asked.size(); i++) {
                int to = from + 2 * asked.get(i).size();
                answers.add(new NodeDifferences(forwards.get(i), cases.subList(from, to), results.subList(from, to)));
                from = to;
            }
            return new AskedAhead<>(asked, answers, GraphCase::sameAs);
        } catch (OutOfMemoryError e) {
            throw e;
        } catch (RuntimeException | Error e) {
            // what the submission threw, or how its JVM failed, the property meets again live, at the
            // example where it happens, and reports as ever
            return AskedAhead.none();
        }
    }

    /** @return c with node k an input at v_k + h (place 2k) and at v_k - h (place 2k + 1), v = forward's values */
    private static List<GraphCase> around(GraphCase c, GraphResult forward) {
        List<GraphCase> cases = new ArrayList<>();
        for (int k = 0; k < c.size(); k++) {
            double v = forward.values()[k];
            cases.add(c.withNodeAsInput(k, v + GradientCheck.step(v)));
            cases.add(c.withNodeAsInput(k, v - GradientCheck.step(v)));
        }
        return cases;
    }

    /** @return the submission's evaluation of each case on fresh copies, in one exchange (or a few) */
    private static List<GraphResult> evaluated(ComputationalGraph graph, List<GraphCase> cases) {
        return Batch.map(graph, cases, (g, d) -> g.evaluate(d.freshNodes(), d.freshInputs()));
    }
}
