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

/** optim.weight_decay: g' = g + wd x; x -= lr g', as torch.optim.SGD(lr, weight_decay=wd). */
@ProblemId("optim.weight_decay")
class WeightDecayChecks extends OptimizerContract {

    @Override
    protected Stepper of(Solutions s, Hyper h) {
        return Stepper.of(s.sgdWeightDecay(h.get("lr"), h.get("weight_decay")));
    }

    @Override
    protected Gen<Hyper> hypers() {
        return Hyper.gen("lr", OptimizerGens.learningRates()).and("weight_decay", OptimizerGens.weightDecays()).build();
    }

    @Override
    protected String fixture() {
        return "optimizers-weight-decay";
    }

    @Override
    protected boolean keepsPerCoordinateState() {
        return false;
    }

    /** x_1 = x_0 - lr (g_1 + wd x_0); x_2 = x_1 - lr (g_2 + wd x_1). */
    @Override
    protected double[] firstTwoSteps(Hyper h, double x0, double g1, double g2) {
        double lr = h.get("lr");
        double wd = h.get("weight_decay");
        double x1 = x0 - lr * (g1 + wd * x0);
        return new double[] {x1, x1 - lr * (g2 + wd * x1)};
    }

    /**
     * The notes: "L2 regularization and weight decay are the same in plain SGD": the step equals
     * decaying x by 1 - lr wd, then the plain SGD step, x = (1 - lr wd) x - lr g.
     */
    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void equalsDecoupledWeightDecayForPlainSgd() {
        qt().forAll(hypers(), runs()).checkAssert((h, run) -> {
            double lr = h.get("lr");
            double wd = h.get("weight_decay");
            Stepper decoupled = (x, gradient) -> {
                double[] g = gradient.apply(x.clone());
                for (int i = 0; i < x.length; i++) {
                    x[i] = (1 - lr * wd) * x[i] - lr * g[i];
                }
            };
            Trajectory.assertMatches("decoupled decay x = (1 - lr wd) x - lr g (" + h + ")", run,
                    Trajectory.follow(decoupled, run), Trajectory.follow(subject(h), run));
        });
    }
}
