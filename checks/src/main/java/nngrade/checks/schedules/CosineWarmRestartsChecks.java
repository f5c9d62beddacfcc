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
 * sched.cosine_warm_restarts, torch's CosineAnnealingWarmRestarts(T_0, T_mult, eta_min):
 * lr(t) = eta_min + (base - eta_min)(1 + cos(pi T_cur/T_i))/2 in cycles of lengths
 * T_0, T_0 T_mult, T_0 T_mult^2, ...
 */
@ProblemId("sched.cosine_warm_restarts")
class CosineWarmRestartsChecks extends ScheduleContract {

    @Override
    protected LearningRateSchedule of(Solutions s, Hyper h) {
        return s.cosineWarmRestarts(h.get("base_lr"), h.integer("t0"), h.integer("t_mult"), h.get("eta_min"));
    }

    @Override
    protected Gen<Hyper> hypers() {
        return Hyper.gen("base_lr", ScheduleGens.logUniform(1e-3, 1)).and("t0", ScheduleGens.integers(1, 20))
                .and("t_mult", ScheduleGens.integers(1, 3)).and("eta_min", ScheduleGens.zeroOrLogUniform(1e-6, 1e-4))
                .build();
    }

    @Override
    protected String fixture() {
        return "schedules-cosine-warm-restarts";
    }

    /** Walks the cycles to the one holding t, then the cosine of that cycle. */
    @Override
    protected double closedForm(Hyper h, int t) {
        long start = 0;
        long length = h.integer("t0");
        while (t >= start + length) {
            start += length;
            length *= h.integer("t_mult");
        }
        double etaMin = h.get("eta_min");
        return etaMin + (h.get("base_lr") - etaMin) * (1 + Math.cos(Math.PI * (t - start) / length)) / 2;
    }

    /**
     * A warm restart: lr = base at t = 0, T_0, T_0 + T_0 T_mult, ..., and below base on the step
     * before each (a cycle of length 1 stays at base).
     */
    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void restartsAtBaseLrAfterT0ThenT0TimesTMultSteps() {
        qt().forAll(hypers()).checkAssert(h -> {
            LearningRateSchedule s = subject(h);
            double base = h.get("base_lr");
            long restart = 0;
            long length = h.integer("t0");
            long previousLength = 0;
            while (restart <= horizon(h)) {
                double at = s.lr((int) restart);
                if (!ScheduleValues.close(base, at, base)) {
                    throw new AssertionError("lr(" + restart + ") = " + at + ", but a cycle starts there (T_0 = "
                            + h.integer("t0") + ", T_mult = " + h.integer("t_mult") + "): a warm restart to base_lr = " + base);
                }
                if (previousLength > 1 && !(s.lr((int) restart - 1) < base)) {
                    throw new AssertionError("lr(" + (restart - 1) + ") = " + s.lr((int) restart - 1)
                            + " on the last step of a cycle, expected it below base_lr = " + base);
                }
                restart += length;
                previousLength = length;
                length *= h.integer("t_mult");
            }
        });
    }

    /** With T_mult = 1 every cycle has length T_0: lr(t + T_0) = lr(t). */
    @Test
    @Weight(1)
    void isPeriodicWithPeriodT0WhenTMultIsOne() {
        qt().forAll(hypers().map(h -> h.with("t_mult", 1))).checkAssert(h -> {
            double[] lr = values(subject(h), horizon(h));
            Expect.finite(() -> "lr(0), ..., lr(" + horizon(h) + ")", lr); // NaN compares equal to NaN below
            int period = h.integer("t0");
            for (int t = period; t < lr.length; t++) {
                if (Double.compare(lr[t], lr[t - period]) != 0 && !ScheduleValues.close(lr[t - period], lr[t], h.get("base_lr"))) {
                    throw new AssertionError("lr(" + t + ") = " + lr[t] + " but lr(" + (t - period) + ") = " + lr[t - period]
                            + ": with T_mult = 1 the schedule repeats every T_0 = " + period + " steps");
                }
            }
        });
    }

    /** eta_min &lt;= lr(t) &lt;= base_lr everywhere. */
    @Test
    @Weight(1)
    void staysBetweenEtaMinAndBaseLr() {
        qt().forAll(hypers(), Generate.range(0, 2000)).checkAssert((h, t) -> {
            double lr = subject(h).lr(t);
            double slack = ScheduleValues.REL * h.get("base_lr");
            if (!(lr >= h.get("eta_min") - slack && lr <= h.get("base_lr") + slack)) {
                throw new AssertionError("lr(" + t + ") = " + lr + " is outside [eta_min, base_lr] = ["
                        + h.get("eta_min") + ", " + h.get("base_lr") + "]");
            }
        });
    }
}
