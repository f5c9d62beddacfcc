package nngrade.checks.averaging;

import static nngrade.checks.api.CheckSettings.qt;

import nngrade.checks.api.NeedsReference;
import nngrade.checks.api.Subjects;
import nngrade.checks.api.Weight;
import nngrade.checks.support.DataGens;
import nngrade.checks.support.Expect;
import nngrade.checks.support.Inputs;
import nngrade.checks.support.Shape;
import nngrade.checks.support.Raises;
import nngrade.problems.Solutions;
import nngrade.problems.averaging.MovingAverage;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The checks both running averages (avg.ema, avg.polyak) must pass, written once: the documented
 * degenerate cases, a private copy of the state, inputs left alone. A sequence Y_1 .. Y_T is a
 * T by d matrix, one vector a row.
 */
public abstract class MovingAverageContract {

    /**
     * An average of at most 8 vectors is computed with a rounding error below 1e-14 of the largest
     * |Y|, in any of the usual forms (a Y + (1 - a) S, S + a (Y - S), a sum divided by t); 1e-12
     * leaves room, while a wrong weight is off by a fraction of the values themselves.
     */
    static final double ROUNDING = 1e-12;

    /** @return this problem's average, from a submission or the reference */
    protected abstract MovingAverage of(Solutions solutions);

    protected final MovingAverage subject() {
        return of(Subjects.submission());
    }

    /** @return sequences of 1 to 8 vectors of length 1 to 4, values in [-20, 20] */
    static Gen<double[][]> sequences() {
        return DataGens.data(1, 8, 1, 4);
    }

    /** @return max |Y_tj|, at least 1 */
    static double scale(double[][] ys) {
        double s = 1;
        for (double[] y : ys) {
            for (double v : y) {
                s = Math.max(s, Math.abs(v));
            }
        }
        return s;
    }

    /** Feeds a copy of every vector of ys and returns S_1 .. S_T as the rows of a matrix. */
    static double[][] feed(MovingAverage avg, double[][] ys) {
        double[][] s = new double[ys.length][];
        for (int t = 0; t < ys.length; t++) {
            s[t] = avg.update(ys[t].clone());
            Shape.vector("S_" + (t + 1), s[t], ys[t].length);
        }
        return s;
    }

    @Test
    @Weight(1)
    void valueBeforeTheFirstUpdateIsRejectedAndSoIsAnotherLength() {
        Raises.that("value() before any update (there is no average yet)", IllegalStateException.class,
                () -> subject().value());
        MovingAverage avg = subject();
        avg.update(new double[] {1, 2, 3});
        Raises.that("update with a vector of length 2 after one of length 3", IllegalArgumentException.class,
                () -> avg.update(new double[] {1, 2}));
    }

    @Test
    @Weight(1)
    void keepsItsOwnCopyOfTheAverage() {
        qt().forAll(sequences()).checkAssert(ys -> {
            MovingAverage avg = subject();
            double[][] expected = feed(of(Subjects.submission()), ys);
            Expect.finite("S_T", expected[ys.length - 1]); // NaN would match NaN below
            double[][] given = Inputs.copy(ys);
            for (int t = 0; t < ys.length; t++) {
                double[] s = avg.update(given[t]);
                java.util.Arrays.fill(given[t], 1e6); // the caller reuses its buffer ...
                java.util.Arrays.fill(s, -1e6); // ... and scribbles on what it got back
            }
            Expect.near("value() after the caller changed the arrays it passed to update and got back from it",
                    expected[ys.length - 1], avg.value(), 0, 0);
        });
    }

    @Test
    @Weight(1)
    void doesNotModifyItsInputs() {
        qt().forAll(sequences()).checkAssert(ys -> {
            double[][] before = Inputs.copy(ys);
            MovingAverage avg = subject();
            for (double[] y : ys) {
                avg.update(y);
            }
            avg.value();
            Expect.unchanged("the vectors passed to update", before, ys);
        });
    }

    @Test
    @Weight(2)
    @NeedsReference
    void agreesWithTheReference() {
        qt().forAll(sequences()).checkAssert(ys ->
                Expect.near("S_1 .. S_T", feed(of(Subjects.reference()), ys), feed(subject(), ys), 0,
                        ROUNDING * scale(ys)));
    }
}
