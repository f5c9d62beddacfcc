package nngrade.checks.optimizers;

import static nngrade.checks.api.CheckSettings.qt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nngrade.checks.api.Anchor;
import nngrade.checks.api.ProblemId;
import nngrade.checks.api.ValueAnchored;
import nngrade.checks.api.Weight;
import nngrade.checks.support.Expect;
import nngrade.checks.support.Hyper;
import nngrade.problems.Solutions;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** optim.nesterov, the lookahead form: v = mu v - eps grad(x + mu v); x += v. */
@ProblemId("optim.nesterov")
class NesterovChecks extends OptimizerContract {

    @Override
    protected Stepper of(Solutions s, Hyper h) {
        return Stepper.of(s.nesterov(h.get("eps"), h.get("mu")));
    }

    @Override
    protected Gen<Hyper> hypers() {
        return Hyper.gen("eps", OptimizerGens.learningRates()).and("mu", OptimizerGens.momenta()).build();
    }

    @Override
    protected String fixture() {
        return "optimizers-nesterov";
    }

    /** Half the runs on quadratics, where the point the gradient is taken at matters. */
    @Override
    protected Gen<Run> runs() {
        return Generate.frequency(Pair.of(1, OptimizerGens.sequences(1, 40)), Pair.of(1, OptimizerGens.quadratics(1, 40)));
    }

    /**
     * With gradients that do not depend on the point: v_1 = -eps g_1, x_1 = x_0 - eps g_1;
     * v_2 = -eps (mu g_1 + g_2), x_2 = x_1 - eps (mu g_1 + g_2).
     */
    @Override
    protected double[] firstTwoSteps(Hyper h, double x0, double g1, double g2) {
        double eps = h.get("eps");
        double mu = h.get("mu");
        double x1 = x0 - eps * g1;
        return new double[] {x1, x1 - eps * (mu * g1 + g2)};
    }

    /**
     * The gradient of step t is asked for once, at x_{t-1} + mu v_{t-1}, with the velocity read off
     * the submission's own trajectory: v_{t-1} = x_{t-1} - x_{t-2} (v_0 = 0).
     */
    @Test
    @Weight(3)
    void evaluatesTheGradientOnceAtTheLookaheadPoint() {
        qt().forAll(hypers(), OptimizerGens.quadratics(2, 30)).checkAssert((h, run) -> {
            double mu = h.get("mu");
            Stepper s = subject(h);
            double[] x = run.x0().clone();
            double[] previous = x.clone();
            for (int t = 1; t <= run.steps(); t++) {
                List<double[]> asked = new ArrayList<>();
                int step = t;
                double[] before = x.clone();
                s.step(x, p -> {
                    asked.add(p.clone());
                    return run.field().at(step, p);
                });
                Expect.that(asked.size() == 1, "step " + t + " evaluated the gradient " + asked.size()
                        + " times; the lookahead form evaluates it exactly once, at x + mu v");
                assertLookahead(t, before, previous, mu, asked.get(0));
                previous = before;
            }
        });
    }

    /** The notes: with x~ = x + mu v, the shifted form follows the same trajectory in x~. */
    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void sameTrajectoryInXTildeAsTheShiftedForm() {
        qt().forAll(hypers(), OptimizerGens.quadratics(1, 40)).checkAssert((h, run) -> {
            double mu = h.get("mu");
            Trajectory.assertMatches("the shifted form v = mu v - eps grad(x~); x~ += v + mu (v - v_prev), against "
                    + "your x~_t = x_t + mu (x_t - x_{t-1}) (" + h + ")", run,
                    Trajectory.follow(NotesForms.shifted(h.get("eps"), mu), run),
                    shift(Trajectory.follow(subject(h), run), mu));
        });
    }

    /** mu = 0 means no momentum: x -= eps g. */
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
        IllConditionedRace.assertBeatsSgd("Nesterov (eps=" + eps + ", mu=" + mu + ")",
                subject(Hyper.of("eps", eps, "mu", mu)));
    }

    private static void assertLookahead(int t, double[] x, double[] previous, double mu, double[] asked) {
        Expect.shape(() -> "the point of step " + t + "'s gradient", x, asked);
        for (int i = 0; i < x.length; i++) {
            double expected = x[i] + mu * (x[i] - previous[i]);
            double allowed = Trajectory.REL * (Math.abs(expected) + Math.abs(x[i]) + Math.abs(previous[i]));
            if (!(Math.abs(asked[i] - expected) <= allowed)) {
                throw new AssertionError("step " + t + " took the gradient at " + Arrays.toString(asked)
                        + ", but the lookahead point x + mu v is " + expected + " in coordinate " + i
                        + " (x = " + Arrays.toString(x) + ", v = x - x_prev, x_prev = " + Arrays.toString(previous)
                        + ", mu = " + mu + ")");
            }
        }
    }

    /** @return x~_t = x_t + mu v_t with v_t = x_t - x_{t-1} (v_0 = 0, so x~_0 = x_0) */
    private static double[][] shift(double[][] xs, double mu) {
        double[][] shifted = new double[xs.length][];
        shifted[0] = xs[0].clone();
        for (int t = 1; t < xs.length; t++) {
            shifted[t] = new double[xs[t].length];
            for (int i = 0; i < xs[t].length; i++) {
                shifted[t][i] = xs[t][i] + mu * (xs[t][i] - xs[t - 1][i]);
            }
        }
        return shifted;
    }
}
