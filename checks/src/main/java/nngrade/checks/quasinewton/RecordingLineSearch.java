package nngrade.checks.quasinewton;

import java.util.ArrayList;
import java.util.List;
import nngrade.problems.quasinewton.LineSearch;
import nngrade.problems.quasinewton.Objective;

/**
 * A line search that writes down every call: the point theta_k and direction d_k the minimizer
 * asked about, and the step it got back. The calls are the minimizer's iterations, seen from
 * outside: this is how the checks count iterations and read the directions.
 */
final class RecordingLineSearch implements LineSearch {

    /** One call: theta_k, d_k (copies) and the step returned. */
    record Call(double[] x, double[] d, double alpha) {
    }

    private final LineSearch inner;
    private final List<Call> calls = new ArrayList<>();

    RecordingLineSearch(LineSearch inner) {
        this.inner = inner;
    }

    @Override
    public double step(Objective f, double[] x, double[] d) {
        double[] xCopy = x.clone();
        double[] dCopy = d.clone();
        double alpha = inner.step(f, xCopy.clone(), dCopy.clone());
        calls.add(new Call(xCopy, dCopy, alpha));
        return alpha;
    }

    /** @return the calls so far, in order */
    List<Call> calls() {
        return List.copyOf(calls);
    }

    /** @return the number of calls, i.e. iterations of the minimizer */
    int iterations() {
        return calls.size();
    }
}
