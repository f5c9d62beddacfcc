package nngrade.checks.optimizers;

import static nngrade.checks.api.CheckSettings.qt;

import java.util.List;
import nngrade.checks.api.Anchor;
import nngrade.checks.api.ProblemId;
import nngrade.checks.api.ValueAnchored;
import nngrade.checks.api.Weight;
import nngrade.checks.support.Hyper;
import nngrade.problems.Solutions;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * optim.adamw: x -= lr wd x, then the Adam step on g as given (decoupled weight decay), as
 * torch.optim.AdamW.
 */
@ProblemId("optim.adamw")
class AdamWChecks extends OptimizerContract {

    /**
     * Tolerance of the rescaling check: with eps = 1e-12 and |c g| &gt;= 1e-5 the eps term changes
     * a step by at most 1e-7 of itself, so trajectories agree to about 1e-7 of their scale; Adam
     * with an L2 penalty, or a decay divided by the adaptive denominator, is off by 1e-3 or more.
     */
    private static final double RESCALING_REL = 1e-6;

    @Override
    protected Stepper of(Solutions s, Hyper h) {
        return Stepper.of(s.adamw(h.get("lr"), h.get("beta1"), h.get("beta2"), h.get("eps"), h.get("weight_decay")));
    }

    @Override
    protected Gen<Hyper> hypers() {
        return Hyper.gen("lr", OptimizerGens.learningRates()).and("beta1", OptimizerGens.beta1s())
                .and("beta2", OptimizerGens.beta2s()).and("eps", OptimizerGens.epsilons())
                .and("weight_decay", OptimizerGens.weightDecays()).build();
    }

    @Override
    protected String fixture() {
        return "optimizers-adamw";
    }

    /**
     * Decay, then Adam's move: x_1 = (1 - lr wd) x_0 - lr g_1/(|g_1| + eps);
     * x_2 = (1 - lr wd) x_1 - lr m^_2/(sqrt(v^_2) + eps), m^_2 and v^_2 as Adam's.
     */
    @Override
    protected double[] firstTwoSteps(Hyper h, double x0, double g1, double g2) {
        double keep = 1 - h.get("lr") * h.get("weight_decay");
        double x1 = keep * x0 - AdamFamily.firstMove(h, g1);
        return new double[] {x1, keep * x1 - AdamFamily.secondMove(h, g1, g2, false)};
    }

    /**
     * With g = 0 the Adam step is 0/(0 + eps) = 0, so only the decay acts:
     * x_t = (1 - lr wd)^t x_0, the same factor for every coordinate, large or small.
     */
    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void aZeroGradientShrinksTheParametersByOneMinusLrWdEachStep() {
        qt().forAll(hypers(), OptimizerGens.sequences(1, 20)).checkAssert((h, any) -> {
            Run run = new Run(any.x0(), new GradientSequence(new double[any.steps()][any.length()]), any.steps());
            double keep = 1 - h.get("lr") * h.get("weight_decay");
            double[][] expected = new double[run.steps() + 1][];
            expected[0] = run.x0().clone();
            for (int t = 1; t <= run.steps(); t++) {
                expected[t] = expected[t - 1].clone();
                for (int i = 0; i < expected[t].length; i++) {
                    expected[t][i] *= keep;
                }
            }
            Trajectory.assertMatches("x_t = (1 - lr wd)^t x_0 under a zero gradient (" + h + ")", run, expected,
                    Trajectory.follow(subject(h), run));
        });
    }

    /**
     * The notes: L2 regularization and weight decay are not the same in Adam. Adam's step is the
     * same for g and c g (up to eps), and AdamW's decay does not look at g, so AdamW's trajectory
     * must not change when every gradient is multiplied by c. Adam with an L2 penalty (g + wd x)
     * changes: the penalty's share of the gradient does.
     */
    @Test
    @Weight(2)
    void trajectoryIsUnchangedWhenEveryGradientIsRescaled() {
        Gen<Hyper> hypers = Hyper.gen("lr", OptimizerGens.learningRates()).and("beta1", OptimizerGens.beta1s())
                .and("beta2", OptimizerGens.beta2s()).and("eps", Generate.constant(1e-12))
                .and("weight_decay", OptimizerGens.logUniform(1e-2, 1)).build();
        qt().forAll(hypers, OptimizerGens.sequences(1, 20, -3, 0), Generate.pick(List.of(1e-2, 1e3)))
                .checkAssert((h, run, c) -> {
                    double[][] grads = new double[run.steps()][];
                    for (int t = 1; t <= run.steps(); t++) {
                        grads[t - 1] = run.field().at(t, run.x0());
                        for (int i = 0; i < grads[t - 1].length; i++) {
                            grads[t - 1][i] *= c;
                        }
                    }
                    Run scaled = new Run(run.x0(), new GradientSequence(grads), run.steps());
                    double[][] expected = Trajectory.follow(subject(h), run);
                    double[][] actual = Trajectory.follow(subject(h), scaled);
                    assertClose("the trajectory with every gradient multiplied by " + c
                            + ", against the one with the gradients as they are (" + h + ")", expected, actual);
                });
    }

    private static void assertClose(String what, double[][] expected, double[][] actual) {
        double[] scale = Trajectory.scales(expected);
        for (int t = 1; t < expected.length; t++) {
            for (int i = 0; i < scale.length; i++) {
                double e = expected[t][i];
                double a = actual[t][i];
                if (!(Math.abs(a - e) <= RESCALING_REL * (Math.abs(e) + scale[i]))) {
                    throw new AssertionError(what + ": after step " + t + ", x[" + i + "] is " + a + " instead of "
                            + e + "; the weight decay must not depend on the gradient's size (decoupled decay)");
                }
            }
        }
    }
}
