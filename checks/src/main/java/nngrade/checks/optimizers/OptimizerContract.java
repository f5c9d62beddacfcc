package nngrade.checks.optimizers;

import static nngrade.checks.api.CheckSettings.qt;

import java.util.ArrayList;
import java.util.List;
import nngrade.checks.api.Anchor;
import nngrade.checks.api.NeedsReference;
import nngrade.checks.api.Subjects;
import nngrade.checks.api.ValueAnchored;
import nngrade.checks.api.Weight;
import nngrade.checks.support.Expect;
import nngrade.checks.support.Hyper;
import nngrade.checks.support.Raises;
import nngrade.problems.Solutions;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The checks every first-order optimizer must pass, written once. A concrete class names its
 * problem with {@code @ProblemId}, says how to build the optimizer from named hyperparameters, which
 * hyperparameters to generate and which torch fixture to replay, and writes out the first two
 * steps of its update in closed form; it adds the relations the notes state for it.
 */
public abstract class OptimizerContract {

    /** Lengths of the "any length" check: a scalar, small vectors, and a layer-sized one. */
    private static final int[] LENGTHS = {1, 2, 7, 64, 1000};

    /** @return this problem's optimizer, with hyperparameters h, out of a submission or the reference */
    protected abstract Stepper of(Solutions solutions, Hyper h);

    /** @return the hyperparameters of generated runs */
    protected abstract Gen<Hyper> hypers();

    /** @return the name of the torch fixture, e.g. "optimizers-adam" */
    protected abstract String fixture();

    /**
     * The first two steps written out, for one coordinate (every optimizer here is elementwise).
     *
     * @return {x_1, x_2} from x_0 with gradients g_1 then g_2
     */
    protected abstract double[] firstTwoSteps(Hyper h, double x0, double g1, double g2);

    /** @return whether the optimizer keeps per-coordinate state, so its length is fixed by the first step */
    protected boolean keepsPerCoordinateState() {
        return true;
    }

    /** @return the runs of generated checks: gradient sequences of 1 to 40 steps */
    protected Gen<Run> runs() {
        return OptimizerGens.sequences(1, 40);
    }

    protected final Stepper subject(Hyper h) {
        return of(Subjects.submission(), h);
    }

    protected final Stepper reference(Hyper h) {
        return of(Subjects.reference(), h);
    }

    protected final List<TorchTrajectory> torchCases() {
        return TorchTrajectory.load(fixture());
    }

    @Test
    @Weight(4)
    @ValueAnchored(Anchor.EXAMPLE)
    void reproducesTorchTrajectoriesOnStoredGradientSequences() {
        // every stored case is run, and the one where a step misses most is reported
        List<TorchTrajectory> cases = torchCases();
        List<Trajectory.Deviation> deviations = new ArrayList<>();
        for (int k = 0; k < cases.size(); k++) {
            TorchTrajectory c = cases.get(k);
            double[][] actual = Trajectory.follow(subject(c.hyper()), c.run());
            deviations.add(Trajectory.deviation(TorchTrajectory.describe(fixture(), k, c), c.run(), c.trajectory(), actual));
        }
        Trajectory.assertNone(deviations);
    }

    @Test
    @Weight(3)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void firstTwoStepsMatchTheClosedForm() {
        qt().forAll(hypers(), OptimizerGens.sequences(2, 2)).checkAssert((h, run) ->
                Trajectory.assertMatches("the closed form of the first two steps (" + h + ")", run,
                        closedForm(h, run), Trajectory.follow(subject(h), run)));
    }

    @Test
    @Weight(1)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void worksForAnyParameterLength() {
        Hyper h = torchCases().get(0).hyper();
        for (int n : LENGTHS) {
            Run run = lengthRun(n);
            Trajectory.assertMatches("the closed form for " + n + " parameters (" + h + ")", run,
                    closedForm(h, run), Trajectory.follow(subject(h), run));
        }
    }

    @Test
    @Weight(1)
    void twoInstancesNeverShareState() {
        qt().forAll(hypers(), runs(), runs()).checkAssert((h, first, second) -> {
            double[][] alone = Trajectory.follow(subject(h), first);
            Expect.finite("the trajectory of one instance stepped alone", alone); // NaN would match NaN below
            double[][] interleaved = Trajectory.followInTurn(subject(h), first, subject(h), second);
            Trajectory.assertMatches("one instance stepped alone, against the same run while a second instance "
                    + "of the same optimizer steps in turn on another run (state must belong to its instance; "
                    + "nothing static)", first, alone, interleaved);
        });
    }

    @Test
    @Weight(1)
    void doesNotModifyTheGradient() {
        qt().forAll(hypers(), runs()).checkAssert((h, run) -> {
            Stepper s = subject(h);
            double[] x = run.x0().clone();
            if (s instanceof Stepper.OfOptimizer o && run.field() instanceof GradientSequence seq
                    && seq.grads().length >= run.steps()) { // the same steps and looks, in one exchange
                double[][] handed = new double[run.steps()][];
                for (int t = 0; t < run.steps(); t++) {
                    handed[t] = seq.grads()[t].clone();
                }
                o.steps(x, handed, t -> Expect.unchanged("gradient of step " + (t + 1), seq.grads()[t], handed[t]));
                for (int t = 0; t < run.steps(); t++) {
                    Expect.unchanged(keptAndChanged(t + 1, run.steps()), seq.grads()[t], handed[t]);
                }
                return;
            }
            List<double[][]> all = new ArrayList<>();
            for (int t = 1; t <= run.steps(); t++) {
                List<double[][]> handed = new ArrayList<>();
                int step = t;
                s.step(x, p -> {
                    double[] g = run.field().at(step, p);
                    handed.add(new double[][] {g, g.clone()});
                    return g;
                });
                for (double[][] g : handed) {
                    Expect.unchanged("gradient of step " + t, g[1], g[0]);
                }
                all.addAll(handed);
            }
            for (int k = 0; k < all.size(); k++) {
                Expect.unchanged(keptAndChanged(k + 1, run.steps()), all.get(k)[1], all.get(k)[0]);
            }
        });
    }

    /**
     * A buffer that is the first gradient itself ({@code buf = grad} where {@code buf = grad.clone()}
     * was meant) leaves that step's gradient as it was and changes it at the next step: a caller
     * that reuses one gradient array, as torch reuses p.grad, would see its steps go wrong.
     */
    private static String keptAndChanged(int gradient, int steps) {
        return "gradient number " + gradient + ", after all " + steps + " steps (kept as state and changed by a later"
                + " step? the contract: grad is not modified and not kept)";
    }

    @Test
    @Weight(1)
    void rejectsGradientsOfTheWrongLength() {
        Hyper h = torchCases().get(0).hyper();
        double[] x = {0.5, -1, 2};
        Raises.that("a gradient of length 2 for 3 parameters", IllegalArgumentException.class,
                () -> subject(h).step(x, p -> new double[] {1, 1}));
        Expect.unchanged("params (a rejected step must leave them alone)", new double[] {0.5, -1, 2}, x);
        if (keepsPerCoordinateState()) {
            Stepper s = subject(h);
            s.step(x, p -> new double[] {0.1, 0.2, 0.3});
            double[] longer = {1, 2, 3, 4};
            Raises.that("4 parameters after a first step with 3 (the state has 3 entries)", IllegalArgumentException.class,
                    () -> s.step(longer, p -> new double[] {1, 1, 1, 1}));
            Expect.unchanged("params (a rejected step must leave them alone)", new double[] {1, 2, 3, 4}, longer);
            Stepper sizedEmpty = subject(h); // "any length" includes none: the first step fixes 0
            sizedEmpty.step(new double[0], p -> new double[0]);
            double[] three = {1, 2, 3};
            Raises.that("3 parameters after a first step with none (the state has 0 entries)",
                    IllegalArgumentException.class, () -> sizedEmpty.step(three, p -> new double[] {1, 1, 1}));
            Expect.unchanged("params (a rejected step must leave them alone)", new double[] {1, 2, 3}, three);
        } else {
            acceptsAnotherLengthAtTheNextStep(subject(h));
        }
    }

    /** The contract: optim.sgd and optim.weight_decay keep no state and accept any length at every step. */
    private static void acceptsAnotherLengthAtTheNextStep(Stepper s) {
        s.step(new double[] {0.5, -1, 2}, p -> new double[] {0.1, 0.2, 0.3});
        try {
            s.step(new double[] {1, 2, 3, 4}, p -> new double[] {1, 1, 1, 1});
        } catch (IllegalArgumentException e) {
            throw new AssertionError("4 parameters after a first step with 3 were refused (" + e.getMessage()
                    + "); this optimizer keeps no per-coordinate state, so the contract has it accept any length"
                    + " at every step", e);
        }
    }

    @Test
    @Weight(3)
    @NeedsReference
    void agreesWithTheReferenceOnGeneratedGradientSequences() {
        qt().forAll(hypers(), runs()).checkAssert((h, run) ->
                Trajectory.assertMatches("the reference (" + h + ")", run,
                        Trajectory.follow(reference(h), run), Trajectory.follow(subject(h), run)));
    }

    /** @return rows x_0, x_1, x_2 of the closed form, applied coordinate by coordinate */
    private double[][] closedForm(Hyper h, Run run) {
        int n = run.length();
        double[][] xs = {run.x0().clone(), new double[n], new double[n]};
        double[] g1 = run.field().at(1, xs[0]);
        double[] g2 = run.field().at(2, xs[0]);
        for (int i = 0; i < n; i++) {
            double[] steps = firstTwoSteps(h, xs[0][i], g1[i], g2[i]);
            xs[1][i] = steps[0];
            xs[2][i] = steps[1];
        }
        return xs;
    }

    /** @return a 2-step run on n parameters with gradients of mixed signs and scales, no randomness */
    private static Run lengthRun(int n) {
        double[] x0 = new double[n];
        double[][] g = new double[2][n];
        for (int i = 0; i < n; i++) {
            x0[i] = Math.sin(i + 1);
            g[0][i] = Math.cos(3 * i + 1) * Math.pow(10, i % 5 - 2);
            g[1][i] = -Math.sin(2 * i + 1) * Math.pow(10, (i + 2) % 5 - 2);
        }
        return new Run(x0, new GradientSequence(g), 2);
    }
}
