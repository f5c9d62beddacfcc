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

/** optim.momentum_torch: m = mu m + g; x -= lr m, as torch.optim.SGD(lr, momentum=mu). */
@ProblemId("optim.momentum_torch")
class MomentumTorchChecks extends OptimizerContract {

    @Override
    protected Stepper of(Solutions s, Hyper h) {
        return Stepper.of(s.momentumTorch(h.get("lr"), h.get("mu")));
    }

    @Override
    protected Gen<Hyper> hypers() {
        return Hyper.gen("lr", OptimizerGens.learningRates()).and("mu", OptimizerGens.momenta()).build();
    }

    @Override
    protected String fixture() {
        return "optimizers-momentum-torch";
    }

    /** m_1 = g_1, x_1 = x_0 - lr g_1; m_2 = mu g_1 + g_2, x_2 = x_1 - lr (mu g_1 + g_2). */
    @Override
    protected double[] firstTwoSteps(Hyper h, double x0, double g1, double g2) {
        double lr = h.get("lr");
        double mu = h.get("mu");
        double x1 = x0 - lr * g1;
        return new double[] {x1, x1 - lr * (mu * g1 + g2)};
    }

    /** The notes: PyTorch's lr is effectively 1/(1 - mu) times the EMA form's. */
    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void equalsTheEmaFormWithLrOverOneMinusMu() {
        qt().forAll(hypers(), runs()).checkAssert((h, run) -> Trajectory.assertMatches(
                "the EMA form m = mu m + (1 - mu) g; x -= (lr/(1 - mu)) m (" + h + ")", run,
                Trajectory.follow(NotesForms.ema(h.get("lr") / (1 - h.get("mu")), h.get("mu")), run),
                Trajectory.follow(subject(h), run)));
    }

    /** mu = 0 means no momentum. */
    @Test
    @Weight(1)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void zeroMomentumIsPlainSgd() {
        qt().forAll(OptimizerGens.learningRates(), runs()).checkAssert((lr, run) -> Trajectory.assertMatches(
                "SGD x -= lr g, which mu = 0 must give (lr=" + lr + ")", run,
                Trajectory.follow(NotesForms.sgd(lr), run), Trajectory.follow(subject(Hyper.of("lr", lr, "mu", 0)), run)));
    }

    /** Heavy-ball tuning: lr = 4/(sqrt L + sqrt m)^2, mu = ((sqrt kappa - 1)/(sqrt kappa + 1))^2. */
    @Test
    @Weight(2)
    void beatsSgdAtItsBestFixedRateOnAnIllConditionedQuadratic() {
        double mu = IllConditionedRace.heavyBallMu();
        double lr = IllConditionedRace.heavyBallLr();
        IllConditionedRace.assertBeatsSgd("momentum (PyTorch form, lr=" + lr + ", mu=" + mu + ")",
                subject(Hyper.of("lr", lr, "mu", mu)));
    }
}
