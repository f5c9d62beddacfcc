package nngrade.engine;

import java.util.List;
import java.util.Optional;
import nngrade.problems.Problem;

/**
 * A problem's points in one run: its catalogue points split over its checks by weight, earned by
 * the checks that passed.
 */
public record ProblemScore(Problem problem, List<CheckResult> checks) {

    public ProblemScore {
        checks = List.copyOf(checks);
    }

    public double possible() {
        return problem.points();
    }

    /** @return points * (weight of passed checks) / (weight of all checks run) */
    public double earned() {
        int total = checks.stream().mapToInt(CheckResult::weight).sum();
        int passed = checks.stream().filter(CheckResult::passed).mapToInt(CheckResult::weight).sum();
        return total == 0 ? 0 : problem.points() * (double) passed / total;
    }

    /** @return the points one check is worth in this run */
    public double pointsOf(CheckResult check) {
        int total = checks.stream().mapToInt(CheckResult::weight).sum();
        return total == 0 ? 0 : problem.points() * (double) check.weight() / total;
    }

    public boolean full() {
        return checks.stream().allMatch(CheckResult::passed);
    }

    /** @return the first check that did not pass, in the order they ran */
    public Optional<CheckResult> firstFailure() {
        return checks.stream().filter(c -> !c.passed()).findFirst();
    }

    /** @return whether every check failed because the problem is not implemented */
    public boolean notImplemented() {
        return !checks.isEmpty() && checks.stream().allMatch(c -> c.status() == CheckStatus.NOT_IMPLEMENTED);
    }
}
