package nngrade.checks.schedules;

import static nngrade.checks.api.CheckSettings.qt;

import nngrade.checks.api.Anchor;
import nngrade.checks.api.ProblemId;
import nngrade.checks.api.ValueAnchored;
import nngrade.checks.api.Weight;
import nngrade.checks.support.Expect;
import nngrade.checks.support.Hyper;
import nngrade.problems.Solutions;
import nngrade.problems.optimizers.LearningRateSchedule;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * sched.cyclic, torch's CyclicLR(base_lr, max_lr, step_size_up, step_size_down, 'triangular'): a
 * triangle wave between base_lr and max_lr, up in step_size_up steps, down in step_size_down.
 */
@ProblemId("sched.cyclic")
class CyclicChecks extends ScheduleContract {

    @Override
    protected LearningRateSchedule of(Solutions s, Hyper h) {
        return s.cyclic(h.get("base_lr"), h.get("max_lr"), h.integer("step_size_up"), h.integer("step_size_down"));
    }

    @Override
    protected Gen<Hyper> hypers() {
        return Hyper.gen("base_lr", ScheduleGens.zeroOrLogUniform(1e-4, 0.05)).and("max_lr", ScheduleGens.logUniform(0.1, 1))
                .and("step_size_up", ScheduleGens.integers(1, 40)).and("step_size_down", ScheduleGens.integers(1, 40))
                .build();
    }

    @Override
    protected String fixture() {
        return "schedules-cyclic";
    }

    /** p = t mod (up + down): base + (max - base) p/up on the way up, (up + down - p)/down down. */
    @Override
    protected double closedForm(Hyper h, int t) {
        int up = h.integer("step_size_up");
        int down = h.integer("step_size_down");
        int p = t % (up + down);
        double height = p <= up ? (double) p / up : (double) (up + down - p) / down;
        return h.get("base_lr") + (h.get("max_lr") - h.get("base_lr")) * height;
    }

    /** lr = base_lr at t = 0, up + down, 2 (up + down), ...; lr = max_lr at t = up, up + (up + down), ... */
    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void hitsBaseLrAtEachCycleStartAndMaxLrAtEachPeak() {
        qt().forAll(hypers()).checkAssert(h -> {
            LearningRateSchedule s = subject(h);
            int up = h.integer("step_size_up");
            int period = up + h.integer("step_size_down");
            for (int start = 0; start <= horizon(h); start += period) {
                expectClose("lr(" + start + "), a cycle start", h.get("base_lr"), s.lr(start), h);
                expectClose("lr(" + (start + up) + "), a peak", h.get("max_lr"), s.lr(start + up), h);
            }
        });
    }

    @Test
    @Weight(1)
    void isPeriodicWithPeriodStepSizeUpPlusStepSizeDown() {
        qt().forAll(hypers(), Generate.range(0, 1000)).checkAssert((h, t) -> {
            LearningRateSchedule s = subject(h);
            int period = h.integer("step_size_up") + h.integer("step_size_down");
            Expect.finite(() -> "lr(" + t + ")", s.lr(t)); // NaN would match NaN below
            expectClose("lr(" + (t + period) + "), one period after lr(" + t + ")", s.lr(t), s.lr(t + period), h);
        });
    }

    @Test
    @Weight(1)
    void staysBetweenBaseLrAndMaxLr() {
        qt().forAll(hypers(), Generate.range(0, 2000)).checkAssert((h, t) -> {
            double lr = subject(h).lr(t);
            double slack = ScheduleValues.REL * h.get("max_lr");
            Expect.that(lr >= h.get("base_lr") - slack && lr <= h.get("max_lr") + slack, () -> "lr(" + t + ") = " + lr
                    + " is outside [base_lr, max_lr] = [" + h.get("base_lr") + ", " + h.get("max_lr") + "]");
        });
    }

    private static void expectClose(String what, double expected, double actual, Hyper h) {
        Expect.that(ScheduleValues.close(expected, actual, h.get("max_lr")), () -> what + " should be " + expected
                + ", got " + actual);
    }
}
