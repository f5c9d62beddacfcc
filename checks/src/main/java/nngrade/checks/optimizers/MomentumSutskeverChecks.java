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

/** optim.momentum_sutskever: dx = mu dx - lr (1 - mu) g; x += dx (the notes' first form). */
@ProblemId("optim.momentum_sutskever")
class MomentumSutskeverChecks extends OptimizerContract {

    @Override
    protected Stepper of(Solutions s, Hyper h) {
        return Stepper.of(s.momentumSutskever(h.get("lr"), h.get("mu")));
    }

    @Override
    protected Gen<Hyper> hypers() {
        return Hyper.gen("lr", OptimizerGens.learningRates()).and("mu", OptimizerGens.momenta()).build();
    }

    @Override
    protected String fixture() {
        return "optimizers-momentum-sutskever";
    }

    /**
     * dx_1 = -lr (1 - mu) g_1, so x_1 = x_0 - lr (1 - mu) g_1; dx_2 = mu dx_1 - lr (1 - mu) g_2,
     * so x_2 = x_0 - lr (1 - mu)((1 + mu) g_1 + g_2).
     */
    @Override
    protected double[] firstTwoSteps(Hyper h, double x0, double g1, double g2) {
        double lr = h.get("lr");
        double mu = h.get("mu");
        return new double[] {x0 - lr * (1 - mu) * g1, x0 - lr * (1 - mu) * ((1 + mu) * g1 + g2)};
    }

    /** The notes: the alternative m = mu m + (1 - mu) g; x -= lr m gives the same trajectory. */
    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void sameTrajectoryAsTheEmaForm() {
        qt().forAll(hypers(), runs()).checkAssert((h, run) -> Trajectory.assertMatches(
                "the EMA form m = mu m + (1 - mu) g; x -= lr m (" + h + ")", run,
                Trajectory.follow(NotesForms.ema(h.get("lr"), h.get("mu")), run), Trajectory.follow(subject(h), run)));
    }

    /** The notes: mu = 0 means no momentum. */
    @Test
    @Weight(1)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void zeroMomentumIsPlainSgd() {
        qt().forAll(OptimizerGens.learningRates(), runs()).checkAssert((lr, run) -> Trajectory.assertMatches(
                "SGD x -= lr g, which mu = 0 must give (lr=" + lr + ")", run,
                Trajectory.follow(NotesForms.sgd(lr), run), Trajectory.follow(subject(Hyper.of("lr", lr, "mu", 0)), run)));
    }

    /** Heavy-ball tuning, in this form's learning rate: lr = lr_hb/(1 - mu). */
    @Test
    @Weight(2)
    void beatsSgdAtItsBestFixedRateOnAnIllConditionedQuadratic() {
        double mu = IllConditionedRace.heavyBallMu();
        IllConditionedRace.assertBeatsSgd("momentum (Sutskever form, lr=" + IllConditionedRace.heavyBallLr() / (1 - mu)
                + ", mu=" + mu + ")", subject(Hyper.of("lr", IllConditionedRace.heavyBallLr() / (1 - mu), "mu", mu)));
    }
}
