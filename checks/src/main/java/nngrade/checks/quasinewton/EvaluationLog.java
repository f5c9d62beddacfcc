package nngrade.checks.quasinewton;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * The function golden-section search is handed: the check's own, behind a wrapper that writes
 * down every evaluation (the point and the value), so that the checks count the evaluations
 * themselves and read the brackets from where f was evaluated. More than
 * {@value #MAX_EVALUATIONS} evaluations stop the search with a failure, instead of letting a
 * search that never ends run until the grader's time limit.
 */
final class EvaluationLog implements DoubleUnaryOperator {

    static final int MAX_EVALUATIONS = 10_000;

    private final DoubleUnaryOperator f;
    private final List<double[]> evaluations = new ArrayList<>();

    EvaluationLog(DoubleUnaryOperator f) {
        this.f = f;
    }

    @Override
    public double applyAsDouble(double x) {
        if (evaluations.size() >= MAX_EVALUATIONS) {
            throw new AssertionError("f was evaluated more than " + MAX_EVALUATIONS
                    + " times: does the search ever stop?");
        }
        double y = f.applyAsDouble(x);
        evaluations.add(new double[] {x, y});
        return y;
    }

    /** @return {x, f(x)} for every evaluation, in order */
    List<double[]> evaluations() {
        return List.copyOf(evaluations);
    }

    int count() {
        return evaluations.size();
    }
}
