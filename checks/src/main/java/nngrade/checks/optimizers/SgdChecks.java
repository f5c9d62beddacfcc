package nngrade.checks.optimizers;

import nngrade.checks.api.ProblemId;
import nngrade.checks.support.Hyper;
import nngrade.problems.Solutions;
import org.quicktheories.core.Gen;

/** optim.sgd: x -= lr g, as torch.optim.SGD(lr). */
@ProblemId("optim.sgd")
class SgdChecks extends OptimizerContract {

    @Override
    protected Stepper of(Solutions s, Hyper h) {
        return Stepper.of(s.sgd(h.get("lr")));
    }

    @Override
    protected Gen<Hyper> hypers() {
        return Hyper.gen("lr", OptimizerGens.learningRates()).build();
    }

    @Override
    protected String fixture() {
        return "optimizers-sgd";
    }

    /** x_1 = x_0 - lr g_1; x_2 = x_1 - lr g_2. */
    @Override
    protected double[] firstTwoSteps(Hyper h, double x0, double g1, double g2) {
        double lr = h.get("lr");
        double x1 = x0 - lr * g1;
        return new double[] {x1, x1 - lr * g2};
    }

    @Override
    protected boolean keepsPerCoordinateState() {
        return false;
    }
}
