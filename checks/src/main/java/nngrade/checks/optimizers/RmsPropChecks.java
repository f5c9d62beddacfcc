package nngrade.checks.optimizers;

import static nngrade.checks.api.CheckSettings.qt;

import nngrade.checks.api.Anchor;
import nngrade.checks.api.ProblemId;
import nngrade.checks.api.ValueAnchored;
import nngrade.checks.api.Weight;
import nngrade.checks.support.Hyper;
import nngrade.problems.Solutions;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** optim.rmsprop: G = rho G + (1 - rho) g^2; x -= lr g/(sqrt(G) + eps), as torch.optim.RMSprop. */
@ProblemId("optim.rmsprop")
class RmsPropChecks extends OptimizerContract {

    @Override
    protected Stepper of(Solutions s, Hyper h) {
        return Stepper.of(s.rmsprop(h.get("lr"), h.get("rho"), h.get("eps")));
    }

    @Override
    protected Gen<Hyper> hypers() {
        return Hyper.gen("lr", OptimizerGens.learningRates()).and("rho", OptimizerGens.rhos())
                .and("eps", OptimizerGens.epsilons()).build();
    }

    @Override
    protected String fixture() {
        return "optimizers-rmsprop";
    }

    /**
     * G_1 = (1 - rho) g_1^2, x_1 = x_0 - lr g_1/(sqrt(1 - rho) |g_1| + eps);
     * G_2 = (1 - rho)(rho g_1^2 + g_2^2), x_2 = x_1 - lr g_2/(sqrt(G_2) + eps).
     */
    @Override
    protected double[] firstTwoSteps(Hyper h, double x0, double g1, double g2) {
        double lr = h.get("lr");
        double rho = h.get("rho");
        double eps = h.get("eps");
        double x1 = x0 - lr * g1 / (Math.sqrt(1 - rho) * Math.abs(g1) + eps);
        double g2Mean = (1 - rho) * (rho * g1 * g1 + g2 * g2);
        return new double[] {x1, x1 - lr * g2 / (Math.sqrt(g2Mean) + eps)};
    }

    /**
     * With the same g at every step G_t = (1 - rho^t) g^2, so the t-th step is
     * lr g/(sqrt(1 - rho^t) |g| + eps): it grows toward lr sign(g) instead of shrinking as AdaGrad's.
     */
    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void aConstantGradientGivesStepsGrowingTowardLr() {
        qt().forAll(hypers(), OptimizerGens.constantGradients(1, 50)).checkAssert((h, run) -> {
            double lr = h.get("lr");
            double rho = h.get("rho");
            double eps = h.get("eps");
            double[] g = run.field().at(1, run.x0());
            double[][] expected = new double[run.steps() + 1][];
            expected[0] = run.x0().clone();
            for (int t = 1; t <= run.steps(); t++) {
                expected[t] = expected[t - 1].clone();
                for (int i = 0; i < g.length; i++) {
                    expected[t][i] -= lr * g[i] / (Math.sqrt(1 - Math.pow(rho, t)) * Math.abs(g[i]) + eps);
                }
            }
            Trajectory.assertMatches("steps lr g/(sqrt(1 - rho^t) |g| + eps) for a constant gradient (" + h + ")",
                    run, expected, Trajectory.follow(subject(h), run));
        });
    }
}
