package nngrade.checks.schedules;

import static nngrade.checks.api.CheckSettings.qt;

import nngrade.checks.api.Anchor;
import nngrade.checks.api.ProblemId;
import nngrade.checks.api.ValueAnchored;
import nngrade.checks.api.Weight;
import nngrade.checks.support.Hyper;
import nngrade.problems.Solutions;
import nngrade.problems.optimizers.LearningRateSchedule;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** sched.inverse_time, 1/t decay: lr(t) = lr0/(1 + k t), torch's LambdaLR(lambda t: 1/(1 + k t)). */
@ProblemId("sched.inverse_time")
class InverseTimeDecayChecks extends ScheduleContract {

    /** Relative slack of 1/lr, each lr within 1e-12 of its own (relative to the largest, lr0). */
    private static final double RECIPROCAL_REL = 1e-11;

    @Override
    protected LearningRateSchedule of(Solutions s, Hyper h) {
        return s.inverseTimeDecay(h.get("lr0"), h.get("k"));
    }

    @Override
    protected Gen<Hyper> hypers() {
        return Hyper.gen("lr0", ScheduleGens.logUniform(1e-4, 1)).and("k", ScheduleGens.zeroOrLogUniform(1e-3, 10))
                .build();
    }

    @Override
    protected String fixture() {
        return "schedules-inverse-time";
    }

    @Override
    protected double closedForm(Hyper h, int t) {
        return h.get("lr0") / (1 + h.get("k") * t);
    }

    /** 1/lr(t) = (1 + k t)/lr0 grows by the same k/lr0 at every step. */
    @Test
    @Weight(1)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void theReciprocalGrowsLinearlyInT() {
        qt().forAll(hypers()).checkAssert(h -> {
            double[] lr = values(subject(h), 100);
            double lr0 = h.get("lr0");
            double k = h.get("k");
            for (int t = 0; t < lr.length; t++) {
                double expected = (1 + k * t) / lr0;
                double reciprocal = 1 / lr[t];
                if (!(Math.abs(reciprocal - expected) <= RECIPROCAL_REL * expected * (1 + k * t))) {
                    throw new AssertionError("1/lr(" + t + ") = " + reciprocal + ", expected (1 + k t)/lr0 = " + expected);
                }
            }
        });
    }
}
