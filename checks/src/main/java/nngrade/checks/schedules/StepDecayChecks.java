package nngrade.checks.schedules;

import static nngrade.checks.api.CheckSettings.qt;

import nngrade.checks.api.ProblemId;
import nngrade.checks.api.Weight;
import nngrade.checks.support.Expect;
import nngrade.checks.support.Hyper;
import nngrade.problems.Solutions;
import nngrade.problems.optimizers.LearningRateSchedule;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** sched.step: lr(t) = lr0 gamma^floor(t/k), torch's StepLR(step_size=k, gamma). */
@ProblemId("sched.step")
class StepDecayChecks extends ScheduleContract {

    @Override
    protected LearningRateSchedule of(Solutions s, Hyper h) {
        return s.stepDecay(h.get("lr0"), h.integer("step_size"), h.get("gamma"));
    }

    @Override
    protected Gen<Hyper> hypers() {
        return Hyper.gen("lr0", ScheduleGens.logUniform(1e-4, 1)).and("step_size", ScheduleGens.integers(1, 20))
                .and("gamma", ScheduleGens.gammas()).build();
    }

    @Override
    protected String fixture() {
        return "schedules-step";
    }

    @Override
    protected double closedForm(Hyper h, int t) {
        return h.get("lr0") * Math.pow(h.get("gamma"), Math.floor((double) t / h.integer("step_size")));
    }

    /** The value holds for k steps, then is multiplied by gamma: lr(t) = lr(t-1) unless k divides t. */
    @Test
    @Weight(1)
    void holdsForStepSizeStepsThenDropsByGamma() {
        qt().forAll(hypers()).checkAssert(h -> {
            double[] lr = values(subject(h), horizon(h));
            Expect.finite(() -> "lr(0), ..., lr(" + horizon(h) + ")", lr); // NaN would match NaN below
            int k = h.integer("step_size");
            for (int t = 1; t < lr.length; t++) {
                double expected = t % k == 0 ? lr[t - 1] * h.get("gamma") : lr[t - 1];
                if (!ScheduleValues.close(expected, lr[t], h.get("lr0"))) {
                    throw new AssertionError("lr(" + t + ") = " + lr[t] + " after lr(" + (t - 1) + ") = " + lr[t - 1]
                            + "; with step size " + k + " it should be " + expected
                            + (t % k == 0 ? " (a drop by gamma)" : " (no drop between multiples of the step size)"));
                }
            }
        });
    }
}
