package nngrade.checks.quasinewton;

import nngrade.problems.quasinewton.Objective;

/**
 * The objective a submission is handed: the checks' own function behind a wrapper that counts
 * every call, so that a check never relies on a count the submission reports. Each call gets a
 * copy of the point, so a submission that later overwrites its array cannot change the record.
 * A submission that ignores its stopping rules is stopped after {@value #MAX_CALLS} calls, with a
 * failure that says so, instead of running until the grader's time limit.
 */
final class CountingObjective implements Objective {

    static final int MAX_CALLS = 1_000_000;

    private final Objective inner;
    private int values;
    private int gradients;

    CountingObjective(Objective inner) {
        this.inner = inner;
    }

    @Override
    public double value(double[] x) {
        values++;
        guard();
        return inner.value(x.clone());
    }

    @Override
    public double[] gradient(double[] x) {
        gradients++;
        guard();
        return inner.gradient(x.clone());
    }

    private void guard() {
        if (values + gradients > MAX_CALLS) {
            throw new AssertionError("the objective was evaluated more than " + MAX_CALLS
                    + " times: does the minimizer respect its iteration cap?");
        }
    }

    /** @return how many times the gradient was evaluated */
    int gradients() {
        return gradients;
    }

    /** @return how many times the value was evaluated */
    int values() {
        return values;
    }
}
