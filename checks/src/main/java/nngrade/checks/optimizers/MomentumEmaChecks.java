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

/** optim.momentum_ema: m = mu m + (1 - mu) g; x -= lr m (the notes' alternative form). */
@ProblemId("optim.momentum_ema")
class MomentumEmaChecks extends OptimizerContract {

    @Override
    protected Stepper of(Solutions s, Hyper h) {
        return Stepper.of(s.momentumEma(h.get("lr"), h.get("mu")));
    }

    @Override
    protected Gen<Hyper> hypers() {
        return Hyper.gen("lr", OptimizerGens.learningRates()).and("mu", OptimizerGens.momenta()).build();
    }

    @Override
    protected String fixture() {
        return "optimizers-momentum-ema";
    }

    /**
     * m_1 = (1 - mu) g_1, x_1 = x_0 - lr (1 - mu) g_1; m_2 = (1 - mu)(mu g_1 + g_2),
     * x_2 = x_1 - lr (1 - mu)(mu g_1 + g_2).
     */
    @Override
    protected double[] firstTwoSteps(Hyper h, double x0, double g1, double g2) {
        double lr = h.get("lr");
        double mu = h.get("mu");
        double x1 = x0 - lr * (1 - mu) * g1;
        return new double[] {x1, x1 - lr * (1 - mu) * (mu * g1 + g2)};
    }

    /** The notes: the same trajectory as dx = mu dx - lr (1 - mu) g; x += dx. */
    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void sameTrajectoryAsTheSutskeverForm() {
        qt().forAll(hypers(), runs()).checkAssert((h, run) -> Trajectory.assertMatches(
                "the Sutskever form dx = mu dx - lr (1 - mu) g; x += dx (" + h + ")", run,
                Trajectory.follow(NotesForms.sutskever(h.get("lr"), h.get("mu")), run),
                Trajectory.follow(subject(h), run)));
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
        double lr = IllConditionedRace.heavyBallLr() / (1 - mu);
        IllConditionedRace.assertBeatsSgd("momentum (EMA form, lr=" + lr + ", mu=" + mu + ")",
                subject(Hyper.of("lr", lr, "mu", mu)));
    }
}
