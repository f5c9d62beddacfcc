package nngrade.checks.schedules;

import static nngrade.checks.api.CheckSettings.qt;

import nngrade.checks.api.ProblemId;
import nngrade.checks.api.Weight;
import nngrade.checks.support.Hyper;
import nngrade.problems.Solutions;
import nngrade.problems.optimizers.LearningRateSchedule;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** sched.exponential: lr(t) = lr0 e^(-k t), torch's ExponentialLR(gamma = e^-k). */
@ProblemId("sched.exponential")
class ExponentialDecayChecks extends ScheduleContract {

    /** Relative slack of a ratio of two values, each within 1e-12 of its own. */
    private static final double RATIO_REL = 4e-12;

    @Override
    protected LearningRateSchedule of(Solutions s, Hyper h) {
        return s.exponentialDecay(h.get("lr0"), h.get("k"));
    }

    @Override
    protected Gen<Hyper> hypers() {
        return Hyper.gen("lr0", ScheduleGens.logUniform(1e-4, 1)).and("k", ScheduleGens.zeroOrLogUniform(1e-4, 1))
                .build();
    }

    @Override
    protected String fixture() {
        return "schedules-exponential";
    }

    @Override
    protected double closedForm(Hyper h, int t) {
        return h.get("lr0") * Math.exp(-h.get("k") * t);
    }

    /** Each step multiplies the learning rate by the same factor e^-k. */
    @Test
    @Weight(1)
    void everyStepMultipliesTheRateByEToTheMinusK() {
        qt().forAll(hypers()).checkAssert(h -> {
            double[] lr = values(subject(h), 100);
            double factor = Math.exp(-h.get("k"));
            for (int t = 1; t < lr.length; t++) {
                double ratio = lr[t] / lr[t - 1];
                if (!(Math.abs(ratio - factor) <= RATIO_REL * factor)) {
                    throw new AssertionError("lr(" + t + ")/lr(" + (t - 1) + ") = " + ratio + ", expected e^-k = "
                            + factor + " at every step");
                }
            }
        });
    }
}
