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

/**
 * optim.nesterov_shifted, the notes' form on x~ = x + mu v: v = mu v - eps grad(x~);
 * x~ += v + mu (v - v_prev); torch.optim.SGD(lr=eps, momentum=mu, nesterov=True).
 */
@ProblemId("optim.nesterov_shifted")
class NesterovShiftedChecks extends OptimizerContract {

    @Override
    protected Stepper of(Solutions s, Hyper h) {
        return Stepper.of(s.nesterovShifted(h.get("eps"), h.get("mu")));
    }

    @Override
    protected Gen<Hyper> hypers() {
        return Hyper.gen("eps", OptimizerGens.learningRates()).and("mu", OptimizerGens.momenta()).build();
    }

    @Override
    protected String fixture() {
        return "optimizers-nesterov-shifted";
    }

    /**
     * v_1 = -eps g_1, x~_1 = x~_0 + (1 + mu) v_1 = x~_0 - (1 + mu) eps g_1;
     * v_2 = -eps (mu g_1 + g_2), x~_2 = x~_1 + (1 + mu) v_2 - mu v_1 = x~_1 - eps (mu^2 g_1 + (1 + mu) g_2).
     */
    @Override
    protected double[] firstTwoSteps(Hyper h, double x0, double g1, double g2) {
        double eps = h.get("eps");
        double mu = h.get("mu");
        double x1 = x0 - (1 + mu) * eps * g1;
        return new double[] {x1, x1 - eps * (mu * mu * g1 + (1 + mu) * g2)};
    }

    /**
     * The notes' derivation: run the lookahead form v = mu v - eps grad(x + mu v); x += v and
     * watch x~ = x + mu v; this form must follow it.
     */
    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void sameTrajectoryAsTheLookaheadFormInXTilde() {
        qt().forAll(hypers(), OptimizerGens.quadratics(1, 40)).checkAssert((h, run) -> {
            double mu = h.get("mu");
            double[][] xs = Trajectory.follow(NotesForms.lookahead(h.get("eps"), mu), run);
            double[][] shifted = new double[xs.length][];
            shifted[0] = xs[0].clone();
            for (int t = 1; t < xs.length; t++) {
                shifted[t] = new double[xs[t].length];
                for (int i = 0; i < xs[t].length; i++) {
                    shifted[t][i] = xs[t][i] + mu * (xs[t][i] - xs[t - 1][i]);
                }
            }
            Trajectory.assertMatches("x~ = x + mu v of the lookahead form v = mu v - eps grad(x + mu v); x += v ("
                    + h + ")", run, shifted, Trajectory.follow(subject(h), run));
        });
    }

    /** mu = 0 means no momentum: x~ -= eps g. */
    @Test
    @Weight(1)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void zeroMomentumIsPlainSgd() {
        qt().forAll(OptimizerGens.learningRates(), runs()).checkAssert((eps, run) -> Trajectory.assertMatches(
                "SGD x -= eps g, which mu = 0 must give (eps=" + eps + ")", run,
                Trajectory.follow(NotesForms.sgd(eps), run), Trajectory.follow(subject(Hyper.of("eps", eps, "mu", 0)), run)));
    }

    /** Nesterov's tuning for curvatures in [m, L]: eps = 1/L, mu = (sqrt kappa - 1)/(sqrt kappa + 1). */
    @Test
    @Weight(2)
    void beatsSgdAtItsBestFixedRateOnAnIllConditionedQuadratic() {
        double eps = IllConditionedRace.nesterovEps();
        double mu = IllConditionedRace.nesterovMu();
        IllConditionedRace.assertBeatsSgd("Nesterov, shifted form (eps=" + eps + ", mu=" + mu + ")",
                subject(Hyper.of("eps", eps, "mu", mu)));
    }
}
