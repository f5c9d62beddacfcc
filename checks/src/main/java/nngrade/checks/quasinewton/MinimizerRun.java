package nngrade.checks.quasinewton;

import java.util.ArrayList;
import java.util.List;
import nngrade.checks.support.Expect;
import nngrade.problems.quasinewton.LineSearch;
import nngrade.problems.quasinewton.Minimizer;
import nngrade.problems.quasinewton.Objective;

/**
 * One run of a minimizer as the checks saw it from outside: every call of the line search (the
 * iterations), the point returned, and the evaluations counted by the checks' own wrapper.
 *
 * @param calls     the line-search calls, in order
 * @param result    the point the minimizer returned
 * @param gradients gradient evaluations
 * @param values    value evaluations (including those of the checks' line search)
 */
record MinimizerRun(List<RecordingLineSearch.Call> calls, double[] result, int gradients, int values) {

    /** Builds the minimizer with a recording line search, runs it from x0 and records the run. */
    interface Factory {
        Minimizer build(LineSearch lineSearch);
    }

    static MinimizerRun of(Factory factory, LineSearch lineSearch, Objective f, double[] x0) {
        RecordingLineSearch recording = new RecordingLineSearch(lineSearch);
        CountingObjective counting = new CountingObjective(f);
        double[] result = factory.build(recording).minimize(counting, x0.clone());
        Expect.notNull("the point returned by minimize", result);
        Expect.that(result.length == x0.length, () -> "minimize returned a point of length " + result.length
                + ", expected " + x0.length);
        return new MinimizerRun(recording.calls(), result, counting.gradients(), counting.values());
    }

    int iterations() {
        return calls.size();
    }

    /** @return theta_0, ..., theta_K: the points of the line-search calls, then the result */
    List<double[]> points() {
        List<double[]> points = new ArrayList<>();
        calls.forEach(c -> points.add(c.x()));
        points.add(result);
        return points;
    }

    /** @return the directions the minimizer handed to the line search */
    List<double[]> directions() {
        return calls.stream().map(RecordingLineSearch.Call::d).toList();
    }
}
