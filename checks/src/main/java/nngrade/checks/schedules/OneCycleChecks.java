package nngrade.checks.schedules;

import static nngrade.checks.api.CheckSettings.qt;

import nngrade.checks.api.Anchor;
import nngrade.checks.api.ProblemId;
import nngrade.checks.api.ValueAnchored;
import nngrade.checks.api.Weight;
import nngrade.checks.support.Expect;
import nngrade.checks.support.Hyper;
import nngrade.checks.support.Raises;
import nngrade.problems.Solutions;
import nngrade.problems.optimizers.LearningRateSchedule;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * sched.one_cycle, torch's OneCycleLR(max_lr, total_steps, pct_start, 'cos', div_factor,
 * final_div_factor): a cosine rise from max_lr/div_factor to max_lr until
 * t = pct_start total_steps - 1, then a cosine fall to max_lr/(div_factor final_div_factor) at
 * t = total_steps - 1.
 */
@ProblemId("sched.one_cycle")
class OneCycleChecks extends ScheduleContract {

    @Override
    protected LearningRateSchedule of(Solutions s, Hyper h) {
        return s.oneCycle(h.get("max_lr"), h.integer("total_steps"), h.get("pct_start"), h.get("div_factor"),
                h.get("final_div_factor"));
    }

    /** total_steps in [11, 300] and pct_start in [0.1, 0.9], so that both phases last at least a step. */
    @Override
    protected Gen<Hyper> hypers() {
        return Hyper.gen("max_lr", ScheduleGens.logUniform(1e-3, 1)).and("total_steps", ScheduleGens.integers(11, 300))
                .and("pct_start", nngrade.checks.support.Gens.between(0.1, 0.9))
                .and("div_factor", ScheduleGens.logUniform(1, 100)).and("final_div_factor", ScheduleGens.logUniform(1, 1e4))
                .build();
    }

    @Override
    protected String fixture() {
        return "schedules-one-cycle";
    }

    /** The whole cycle, and the step after it that torch still answers. */
    @Override
    protected int horizon(Hyper h) {
        return h.integer("total_steps");
    }

    /**
     * With e1 = pct_start total - 1, e2 = total - 1 and cos(a, b, p) = b + (a - b)(1 + cos(pi p))/2:
     * lr(t) = cos(initial, max, t/e1) for t &lt;= e1, cos(max, min, (t - e1)/(e2 - e1)) after.
     */
    @Override
    protected double closedForm(Hyper h, int t) {
        double initial = h.get("max_lr") / h.get("div_factor");
        double min = initial / h.get("final_div_factor");
        double e1 = h.get("pct_start") * h.integer("total_steps") - 1;
        double e2 = h.integer("total_steps") - 1;
        return t <= e1 ? cosine(initial, h.get("max_lr"), t / e1) : cosine(h.get("max_lr"), min, (t - e1) / (e2 - e1));
    }

    private static double cosine(double from, double to, double p) {
        return to + (from - to) * (1 + Math.cos(Math.PI * p)) / 2;
    }

    /**
     * With pct_start total_steps a whole number k: lr(0) = max_lr/div_factor, lr(k - 1) = max_lr
     * (the top of the rise), lr(total - 1) = max_lr/(div_factor final_div_factor), and nothing
     * above max_lr.
     */
    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void startsAtMaxOverDivFactorPeaksAtMaxAndEndsAtInitialOverFinalDivFactor() {
        qt().forAll(hypers().map(OneCycleChecks::wholeStepsOfRise)).checkAssert(h -> {
            LearningRateSchedule s = subject(h);
            double max = h.get("max_lr");
            double initial = max / h.get("div_factor");
            int total = h.integer("total_steps");
            int top = (int) Math.round(h.get("pct_start") * total) - 1;
            expectClose("lr(0), max_lr/div_factor", initial, s.lr(0), max);
            expectClose("lr(" + top + ") = lr(pct_start total_steps - 1), the top of the rise, max_lr", max, s.lr(top), max);
            expectClose("lr(total_steps - 1), max_lr/(div_factor final_div_factor)", initial / h.get("final_div_factor"),
                    s.lr(total - 1), max);
            for (int t = 0; t <= total; t++) {
                double lr = s.lr(t);
                if (!(lr <= max * (1 + ScheduleValues.REL))) { // NaN fails too; the message only when it fails
                    Expect.that(false, "lr(" + t + ") = " + lr + " exceeds max_lr = " + max);
                }
            }
        });
    }

    /** @return h with pct_start moved to k/total_steps, k the nearest whole number of steps in [2, total - 1] */
    private static Hyper wholeStepsOfRise(Hyper h) {
        int total = h.integer("total_steps");
        long k = Math.max(2, Math.min(total - 1, Math.round(h.get("pct_start") * total)));
        return h.with("pct_start", (double) k / total);
    }

    /** Non-decreasing up to pct_start total_steps - 1, non-increasing after it. */
    @Test
    @Weight(1)
    void risesThenFallsWithoutLeavingItsRange() {
        qt().forAll(hypers()).checkAssert(h -> {
            double[] lr = values(subject(h), h.integer("total_steps") - 1);
            double e1 = h.get("pct_start") * h.integer("total_steps") - 1;
            double slack = ScheduleValues.REL * h.get("max_lr");
            for (int t = 1; t < lr.length; t++) {
                if (t - 1 <= e1 && t > e1) {
                    continue; // the pair straddles the top, which lies between two steps
                }
                boolean rising = t <= e1;
                boolean ok = rising ? lr[t] >= lr[t - 1] - slack : lr[t] <= lr[t - 1] + slack;
                if (!ok) { // the message only when it fails
                    Expect.that(false, "lr(" + (t - 1) + ") = " + lr[t - 1] + ", lr(" + t + ") = " + lr[t]
                            + ": the cycle " + (rising ? "rises" : "falls")
                            + " there (the rise ends at pct_start total_steps - 1 = " + e1 + ")");
                }
            }
        });
    }

    /** The contract (as torch): steps past total_steps do not exist. */
    @Test
    @Weight(1)
    void rejectsStepsPastTheEndOfTheCycle() {
        Hyper h = torchCases().get(0).hyper();
        int total = h.integer("total_steps");
        LearningRateSchedule s = subject(h);
        Expect.finite("lr(total_steps), which torch still answers", s.lr(total));
        Raises.that("lr(total_steps + 1) = lr(" + (total + 1) + ")", IllegalArgumentException.class, () -> s.lr(total + 1));
    }

    private static void expectClose(String what, double expected, double actual, double scale) {
        Expect.that(ScheduleValues.close(expected, actual, scale),
                () -> what + " should be " + expected + ", got " + actual);
    }
}
