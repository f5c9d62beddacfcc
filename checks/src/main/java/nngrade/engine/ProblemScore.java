package nngrade.engine;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import nngrade.problems.Problem;

/**
 * A problem's points in one run: its catalogue points split over its checks by weight.
 *
 * <p>The rule (README, "How the checks decide"): a value-anchored check (a worked example, a
 * PyTorch value, a closed form, agreement with the reference) pays its share when it passes. A
 * property check (a gradient against the submission's own forward, an invariance, finiteness,
 * shapes, inputs left alone) pays its share times the anchor ratio, the weight of the problem's
 * value-anchored checks that passed over the weight of all that ran:
 *
 * <pre>
 *   earned = points (v + p v / V) / (V + P)
 * </pre>
 *
 * with V and P the weights of the value-anchored and property checks that ran, v and p the
 * weights of those that passed. A constant, an echo of the input, NaN or garbage satisfies many
 * properties but computes no value (v = 0), so it earns nothing; a correct submission (v = V,
 * p = P) earns everything; a realistic bug keeps the value checks it passes and its properties in
 * proportion. The rule reads nothing but the results, so a batch parent scores exactly as a run.
 */
public record ProblemScore(Problem problem, List<CheckResult> checks) {

    public ProblemScore {
        checks = List.copyOf(checks);
    }

    public double possible() {
        return problem.points();
    }

    /** @return the sum of what each check earned: points (v + p v / V) / (V + P) */
    public double earned() {
        return checks.stream().mapToDouble(this::earnedBy).sum();
    }

    /** @return the points one check is worth in this run: points weight / (V + P) */
    public double pointsOf(CheckResult check) {
        int total = checks.stream().mapToInt(CheckResult::weight).sum();
        return total == 0 ? 0 : problem.points() * (double) check.weight() / total;
    }

    /**
     * @return what one check earned: nothing if it did not pass, its points if it is value-anchored,
     *     its points times {@link #anchorRatio()} if it is a property check
     */
    public double earnedBy(CheckResult check) {
        if (!check.passed()) {
            return 0;
        }
        return check.valueAnchored() ? pointsOf(check) : pointsOf(check) * anchorRatio();
    }

    /**
     * @return v / V: the weight of the value-anchored checks that passed over that of all that ran;
     *     0 when none ran, so properties alone never pay
     */
    public double anchorRatio() {
        int anchored = checks.stream().filter(CheckResult::valueAnchored).mapToInt(CheckResult::weight).sum();
        int passed = checks.stream().filter(c -> c.valueAnchored() && c.passed()).mapToInt(CheckResult::weight).sum();
        return anchored == 0 ? 0 : (double) passed / anchored;
    }

    public boolean full() {
        return checks.stream().allMatch(CheckResult::passed);
    }

    /** @return the most telling failure (see {@link #failuresMostTellingFirst()}) */
    public Optional<CheckResult> firstFailure() {
        return failuresMostTellingFirst().stream().findFirst();
    }

    /**
     * @return the checks that did not pass, the most telling evidence first: a wrong shape; then
     *     value-anchored failures before property failures; within each, a NaN, an infinity or an
     *     exception, then a miss of 1% or more at values of ordinary size, then the rest (see
     *     FailureText#evidence); among equally telling ones, worked examples and PyTorch values
     *     before closed forms before the reference, the larger miss first, then the order the
     *     checks ran
     */
    public List<CheckResult> failuresMostTellingFirst() {
        Comparator<Integer> telling = Comparator.<Integer, Boolean>comparing(
                        i -> !FailureText.namesAWrongShape(checks.get(i).summary()))
                .thenComparing(i -> !checks.get(i).valueAnchored())
                .thenComparingInt(i -> FailureText.evidence(checks.get(i)))
                .thenComparing(i -> checks.get(i).anchor())
                .thenComparingDouble(i -> -FailureText.missPercent(checks.get(i)))
                .thenComparing(i -> i);
        return IntStream.range(0, checks.size()).boxed()
                .filter(i -> !checks.get(i).passed())
                .sorted(telling)
                .map(checks::get)
                .toList();
    }

    /** @return whether every check failed because the problem is not implemented */
    public boolean notImplemented() {
        return !checks.isEmpty() && checks.stream().allMatch(c -> c.status() == CheckStatus.NOT_IMPLEMENTED);
    }
}
