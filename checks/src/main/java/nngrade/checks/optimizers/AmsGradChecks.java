package nngrade.checks.optimizers;

import static nngrade.checks.api.CheckSettings.qt;

import nngrade.checks.api.ProblemId;
import nngrade.checks.api.Weight;
import nngrade.checks.support.Gens;
import nngrade.checks.support.Hyper;
import nngrade.problems.Solutions;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** optim.amsgrad: Adam with v_max = max(v_max, v) in the denominator, torch's Adam(amsgrad=True). */
@ProblemId("optim.amsgrad")
class AmsGradChecks extends OptimizerContract {

    /**
     * Monotonicity is judged to this relative slack: the inferred v_max carries at most 1e-10 of
     * rounding, while Adam's v falls by a factor b2 &lt;= 0.9999 a step once the gradients calm down.
     */
    private static final double MONOTONE_SLACK = 1e-8;

    @Override
    protected Stepper of(Solutions s, Hyper h) {
        return Stepper.of(s.amsgrad(h.get("lr"), h.get("beta1"), h.get("beta2"), h.get("eps")));
    }

    @Override
    protected Gen<Hyper> hypers() {
        return AdamFamily.hypers();
    }

    @Override
    protected String fixture() {
        return "optimizers-amsgrad";
    }

    @Override
    protected double[] firstTwoSteps(Hyper h, double x0, double g1, double g2) {
        return AdamFamily.firstTwoSteps(h, x0, g1, g2, true);
    }

    /**
     * Large gradients, then small ones of the same sign, from x0 = 0: Adam's v decays and its steps
     * grow back; AMSGrad's v_max must not. The check infers v_max from each step, with m computed
     * here from the gradients: step_t = -(lr/(1 - b1^t)) m_t/(sqrt(v_max,t)/sqrt(1 - b2^t) + eps),
     * so sqrt(v_max,t) = (-(lr/(1 - b1^t)) m_t/step_t - eps) sqrt(1 - b2^t), and that must never go
     * down.
     */
    @Test
    @Weight(2)
    void secondMomentInTheDenominatorNeverDecreases() {
        Gen<Hyper> hypers = Hyper.gen("lr", OptimizerGens.logUniform(1e-3, 0.1)).and("beta1", OptimizerGens.beta1s())
                .and("beta2", OptimizerGens.beta2s()).and("eps", Generate.constant(1e-8)).build();
        qt().forAll(hypers, burstThenCalm()).checkAssert((h, grads) -> {
            double[] x0 = new double[grads[0].length];
            Run run = new Run(x0, new GradientSequence(grads), grads.length);
            double[][] xs = Trajectory.follow(subject(h), run);
            double[] m = new double[x0.length];
            double[] previous = new double[x0.length];
            for (int t = 1; t <= grads.length; t++) {
                for (int i = 0; i < x0.length; i++) {
                    m[i] = h.get("beta1") * m[i] + (1 - h.get("beta1")) * grads[t - 1][i];
                    double root = impliedRootOfMax(h, t, m[i], xs[t][i] - xs[t - 1][i]);
                    if (!(root >= previous[i] * (1 - MONOTONE_SLACK))) {
                        throw new AssertionError("at step " + t + " the second moment behind x[" + i
                                + "]'s step went down: sqrt(v_max) from " + previous[i] + " to " + root
                                + " (read off the step " + (xs[t][i] - xs[t - 1][i])
                                + "); AMSGrad divides by the running maximum v_max = max(v_max, v)");
                    }
                    previous[i] = root;
                }
            }
        });
    }

    /** @return sqrt(v_max,t), from the step the submission took and m_t computed here */
    private static double impliedRootOfMax(Hyper h, int t, double m, double step) {
        double stepSize = h.get("lr") / (1 - Math.pow(h.get("beta1"), t));
        double denominator = -stepSize * m / step;
        return (denominator - h.get("eps")) * Math.sqrt(1 - Math.pow(h.get("beta2"), t));
    }

    /**
     * @return 2 to 30 steps of gradients with a fixed sign per coordinate: magnitudes in [10, 100]
     *     for the first k steps, in [0.1, 1] after. The range is kept to 1e3 so that every step
     *     stays above 1e-3 lr, where reading v_max off it loses at most 1e-10 to rounding.
     */
    private static Gen<double[][]> burstThenCalm() {
        Gen<Integer> lengths = Generate.range(1, OptimizerGens.MAX_LENGTH);
        Gen<Integer> steps = Generate.range(2, 30);
        Gen<Double> unit = Gens.between(0, 1);
        Gen<Boolean> signs = Generate.booleans();
        Gen<double[][]> gen = in -> {
            int n = lengths.generate(in);
            int total = steps.generate(in);
            int burst = Math.min(total - 1, 1 + (int) (unit.generate(in) * (total - 1))); // in [1, total - 1]
            double[] sign = new double[n];
            for (int i = 0; i < n; i++) {
                sign[i] = signs.generate(in) ? -1 : 1;
            }
            double[][] g = new double[total][n];
            for (int t = 0; t < total; t++) {
                for (int i = 0; i < n; i++) {
                    g[t][i] = sign[i] * Math.pow(10, unit.generate(in) + (t < burst ? 1 : -1));
                }
            }
            return g;
        };
        return gen.describedAs(g -> new GradientSequence(g).toString());
    }
}
