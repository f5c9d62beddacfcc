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

/** optim.adagrad: G += g^2; x -= lr g/(sqrt(G) + eps), as torch.optim.Adagrad(lr, eps=eps). */
@ProblemId("optim.adagrad")
class AdaGradChecks extends OptimizerContract {

    @Override
    protected Stepper of(Solutions s, Hyper h) {
        return Stepper.of(s.adagrad(h.get("lr"), h.get("eps")));
    }

    @Override
    protected Gen<Hyper> hypers() {
        return Hyper.gen("lr", OptimizerGens.learningRates()).and("eps", OptimizerGens.epsilons()).build();
    }

    @Override
    protected String fixture() {
        return "optimizers-adagrad";
    }

    /** x_1 = x_0 - lr g_1/(|g_1| + eps); x_2 = x_1 - lr g_2/(sqrt(g_1^2 + g_2^2) + eps). */
    @Override
    protected double[] firstTwoSteps(Hyper h, double x0, double g1, double g2) {
        double lr = h.get("lr");
        double eps = h.get("eps");
        double x1 = x0 - lr * g1 / (Math.abs(g1) + eps);
        return new double[] {x1, x1 - lr * g2 / (Math.sqrt(g1 * g1 + g2 * g2) + eps)};
    }

    /**
     * With the same g at every step G_t = t g^2, so the t-th step is lr g/(sqrt(t) |g| + eps): the
     * well-explored direction gets steps shrinking like 1/sqrt(t).
     */
    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void aConstantGradientGivesStepsShrinkingLikeOneOverSqrtT() {
        qt().forAll(hypers(), OptimizerGens.constantGradients(1, 50)).checkAssert((h, run) -> {
            double lr = h.get("lr");
            double eps = h.get("eps");
            double[] g = run.field().at(1, run.x0());
            double[][] expected = new double[run.steps() + 1][];
            expected[0] = run.x0().clone();
            for (int t = 1; t <= run.steps(); t++) {
                expected[t] = expected[t - 1].clone();
                for (int i = 0; i < g.length; i++) {
                    expected[t][i] -= lr * g[i] / (Math.sqrt(t) * Math.abs(g[i]) + eps);
                }
            }
            Trajectory.assertMatches("steps lr g/(sqrt(t) |g| + eps) for a constant gradient (" + h + ")", run,
                    expected, Trajectory.follow(subject(h), run));
        });
    }
}
