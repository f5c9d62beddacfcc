package nngrade.checks.schedules;

import static nngrade.checks.api.CheckSettings.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import nngrade.checks.api.Anchor;
import nngrade.checks.api.NeedsReference;
import nngrade.checks.api.Subjects;
import nngrade.checks.api.ValueAnchored;
import nngrade.checks.api.Weight;
import nngrade.checks.support.Batch;
import nngrade.checks.support.Expect;
import nngrade.checks.support.Hyper;
import nngrade.checks.support.Miss;
import nngrade.checks.support.Raises;
import nngrade.problems.Solutions;
import nngrade.problems.optimizers.LearningRateSchedule;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The checks every learning-rate schedule must pass, written once. A concrete class names its
 * problem with {@code @ProblemId}, builds the schedule from named hyperparameters, says which to
 * generate and which torch fixture to replay, and writes out its formula; it adds the properties
 * the schedule is known by (restart points, periodicity, bounds).
 */
public abstract class ScheduleContract {

    /** @return this problem's schedule, with hyperparameters h, out of a submission or the reference */
    protected abstract LearningRateSchedule of(Solutions solutions, Hyper h);

    /** @return the hyperparameters of generated checks */
    protected abstract Gen<Hyper> hypers();

    /** @return the name of the torch fixture, e.g. "schedules-step" */
    protected abstract String fixture();

    /** @return the learning rate at step t, the formula written out by the check */
    protected abstract double closedForm(Hyper h, int t);

    /** @return the last step the generated checks look at (the schedule's end, if it has one) */
    protected int horizon(Hyper h) {
        return 300;
    }

    protected final LearningRateSchedule subject(Hyper h) {
        return of(Subjects.submission(), h);
    }

    protected final LearningRateSchedule reference(Hyper h) {
        return of(Subjects.reference(), h);
    }

    protected final List<TorchSchedule> torchCases() {
        return TorchSchedule.load(fixture());
    }

    /**
     * @return lr(0), ..., lr(last) of a schedule, asked in that order in one batch (a submission
     *     behind the channel answers hundreds of them in one exchange, not one each)
     */
    protected static double[] values(LearningRateSchedule s, int last) {
        return at(s, IntStream.rangeClosed(0, last).boxed().toList());
    }

    /** @return lr(t) for each t of {@code steps}, asked in that order in one batch; steps not modified */
    protected static double[] at(LearningRateSchedule s, List<Integer> steps) {
        return Batch.map(s, steps, LearningRateSchedule::lr).stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Test
    @Weight(4)
    @ValueAnchored(Anchor.EXAMPLE)
    void reproducesTorchSchedulerValuesStoredAsFixtures() {
        // every stored case is run, and the one that misses most is reported
        List<TorchSchedule> cases = torchCases();
        List<ScheduleValues.Deviation> deviations = new java.util.ArrayList<>();
        for (int k = 0; k < cases.size(); k++) {
            TorchSchedule c = cases.get(k);
            deviations.add(ScheduleValues.deviation(TorchSchedule.describe(fixture(), k, c), c.lr(),
                    values(subject(c.hyper()), c.lr().length - 1)));
        }
        ScheduleValues.assertNone(deviations);
    }

    @Test
    @Weight(3)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void valuesMatchTheFormula() {
        qt().forAll(hypers()).checkAssert(h -> {
            double[] expected = new double[horizon(h) + 1];
            for (int t = 0; t < expected.length; t++) {
                expected[t] = closedForm(h, t);
            }
            ScheduleValues.assertMatch("the formula (" + h + ")", expected, values(subject(h), horizon(h)));
        });
    }

    /** The contract: lr(t) is a pure function of t, whatever was asked before. */
    @Test
    @Weight(1)
    void aStepAskedAgainOrOutOfOrderGivesTheSameValue() {
        qt().forAll(hypers()).checkAssert(h -> {
            LearningRateSchedule s = subject(h);
            int last = horizon(h);
            double[] forward = values(s, last);
            Expect.finite(() -> "lr(0), ..., lr(" + last + ")", forward); // NaN compares equal to NaN below
            List<Integer> countdown = new ArrayList<>();
            for (int t = last; t >= 0; t -= 1 + t % 3) {
                countdown.add(t);
            }
            double[] asked = at(s, countdown);
            for (int i = 0; i < asked.length; i++) {
                int t = countdown.get(i);
                double again = asked[i];
                if (Double.compare(again, forward[t]) != 0) {
                    throw new AssertionError("lr(" + t + ") was " + forward[t] + " when asked in order but " + again
                            + " when asked again, counting down from lr(" + last + "): " + Miss.by(forward[t], again, 0)
                            + "; lr(t) must depend on t only");
                }
            }
            double fresh = subject(h).lr(last);
            if (Double.compare(fresh, forward[last]) != 0) {
                throw new AssertionError("lr(" + last + ") of a fresh schedule is " + fresh + ", but "
                        + forward[last] + " after asking lr(0), ..., lr(" + (last - 1) + ") first: "
                        + Miss.by(forward[last], fresh, 0));
            }
        });
    }

    @Test
    @Weight(1)
    void rejectsNegativeSteps() {
        Hyper h = torchCases().get(0).hyper();
        Raises.that("lr(-1) (steps count from 0)", IllegalArgumentException.class, () -> subject(h).lr(-1));
    }

    @Test
    @Weight(3)
    @NeedsReference
    void agreesWithTheReferenceOnGeneratedHyperparameters() {
        qt().forAll(hypers()).checkAssert(h -> ScheduleValues.assertMatch("the reference (" + h + ")",
                values(reference(h), horizon(h)), values(subject(h), horizon(h))));
    }
}
