package nngrade.checks.optimizers;

import static nngrade.checks.api.CheckSettings.qt;

import nngrade.checks.api.ProblemId;
import nngrade.checks.api.Weight;
import nngrade.checks.support.Hyper;
import nngrade.problems.Solutions;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * optim.adam: m = b1 m + (1 - b1) g; v = b2 v + (1 - b2) g^2; m^ = m/(1 - b1^t);
 * v^ = v/(1 - b2^t); x -= lr m^/(sqrt(v^) + eps), as torch.optim.Adam.
 */
@ProblemId("optim.adam")
class AdamChecks extends OptimizerContract {

    /** The hyperparameters of the race: the notes' "great starting point" betas, lr 0.05. */
    private static final Hyper RACE = Hyper.of("lr", 0.05, "beta1", 0.9, "beta2", 0.999, "eps", 1e-8);

    @Override
    protected Stepper of(Solutions s, Hyper h) {
        return Stepper.of(s.adam(h.get("lr"), h.get("beta1"), h.get("beta2"), h.get("eps")));
    }

    @Override
    protected Gen<Hyper> hypers() {
        return AdamFamily.hypers();
    }

    @Override
    protected String fixture() {
        return "optimizers-adam";
    }

    /**
     * x_1 = x_0 - lr g_1/(|g_1| + eps) (m^ = g_1, v^ = g_1^2 after bias correction);
     * x_2 = x_1 - lr m^_2/(sqrt(v^_2) + eps) with m^_2 = (b1 g_1 + g_2)/(1 + b1) and
     * v^_2 = (b2 g_1^2 + g_2^2)/(1 + b2).
     */
    @Override
    protected double[] firstTwoSteps(Hyper h, double x0, double g1, double g2) {
        return AdamFamily.firstTwoSteps(h, x0, g1, g2, false);
    }

    /**
     * The notes: thanks to the bias correction the first step is lr g/(|g| + eps), so every
     * coordinate moves by lr, within lr eps/|g|, against its gradient, whatever the gradient's
     * scale (1e-9 to 1e5 here).
     */
    @Test
    @Weight(2)
    void firstStepMovesEveryCoordinateByLrWhateverTheGradientScale() {
        qt().forAll(hypers(), OptimizerGens.sequences(1, 1)).checkAssert((h, run) -> {
            double lr = h.get("lr");
            double eps = h.get("eps");
            double[] g = run.field().at(1, run.x0());
            double[] x = Trajectory.follow(subject(h), run)[1];
            for (int i = 0; i < g.length; i++) {
                double move = run.x0()[i] - x[i]; // positive when x moved against a positive gradient
                double rounding = 4 * Trajectory.REL * (Math.abs(run.x0()[i]) + lr);
                double lo = lr * (1 - eps / Math.abs(g[i])) - rounding;
                if (!(Math.signum(move) == Math.signum(g[i]) && Math.abs(move) >= lo
                        && Math.abs(move) <= lr + rounding)) {
                    throw new AssertionError("the first step moved x[" + i + "] by " + (-move) + " for g = " + g[i]
                            + "; Adam's first step is -lr g/(|g| + eps), a move of about lr = " + lr
                            + " against the gradient, within lr eps/|g| = " + lr * eps / Math.abs(g[i]));
                }
            }
        });
    }

    @Test
    @Weight(2)
    void beatsSgdAtItsBestFixedRateOnAnIllConditionedQuadratic() {
        IllConditionedRace.assertBeatsSgd("Adam (" + RACE + ")", subject(RACE));
    }
}
