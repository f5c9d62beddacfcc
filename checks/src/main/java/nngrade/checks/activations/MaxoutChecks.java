package nngrade.checks.activations;

import static nngrade.checks.api.CheckSettings.qt;

import java.util.function.Function;
import nngrade.checks.api.Anchor;
import nngrade.checks.api.NeedsReference;
import nngrade.checks.api.ProblemId;
import nngrade.checks.api.Subjects;
import nngrade.checks.api.ValueAnchored;
import nngrade.checks.api.Weight;
import nngrade.checks.support.Expect;
import nngrade.checks.support.Gens;
import nngrade.checks.support.GradientCheck;
import nngrade.checks.support.Inputs;
import nngrade.checks.support.Raises;
import nngrade.problems.Solutions;
import nngrade.problems.activations.Maxout;
import nngrade.problems.activations.MaxoutGradients;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * act.maxout: y = max(z1, z2) with z1 = w1.x + b1, z2 = w2.x + b2. The winning piece gets the
 * whole gradient (dw = x dy, db = dy, and dx = w dy); at a tie any split a dy, (1 - a) dy with a in
 * [0, 1] is accepted.
 */
@ProblemId("act.maxout")
class MaxoutChecks {

    /** Gradient checks keep |z1 - z2| above this, so no step crosses the switch between pieces. */
    private static final double TIE_MARGIN = 1e-3;
    /** Entries of the generated cases: moderate, so every correct summation order agrees to 1e-14. */
    private static final Gen<Double> ENTRIES = Gens.between(-3, 3);

    private static Maxout subject() {
        return Subjects.submission().maxout();
    }

    private static Gen<MaxoutCase> awayFromTies() {
        return MaxoutCase.generated(ENTRIES).assuming(c -> Math.abs(c.z1() - c.z2()) > TIE_MARGIN);
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void forwardIsTheLargerPiece() {
        Maxout f = subject();
        qt().forAll(MaxoutCase.generated(ENTRIES)).checkAssert(c -> Expect.agrees(
                () -> "max(w1.x + b1, w2.x + b2) for " + c,
                Math.max(c.z1(), c.z2()), f.forward(c.x(), c.w1(), c.b1(), c.w2(), c.b2())));
    }

    @Test
    @Weight(4)
    void gradientsMatchCentralDifferencesOfForward() {
        Maxout f = subject();
        qt().forAll(awayFromTies()).checkAssert(c -> {
            MaxoutGradients g = backward(f, c);
            double dy = c.dy();
            double size = Math.abs(dy) * c.size();
            Function<Maxout, Double> forward = m -> m.forward(c.x(), c.w1(), c.b1(), c.w2(), c.b2());
            matches("dx", g.dx(), c.x(), f, forward, 0, dy, size);
            matches("dw1", g.dw1(), c.w1(), f, forward, 1, dy, size);
            matches("db1", new double[] {g.db1()}, new double[] {c.b1()}, f, forward, 2, dy, size);
            matches("dw2", g.dw2(), c.w2(), f, forward, 3, dy, size);
            matches("db2", new double[] {g.db2()}, new double[] {c.b2()}, f, forward, 4, dy, size);
        });
    }

    /** The contract's shapes: w1 and w2 have x's length, else IllegalArgumentException in both methods. */
    @Test
    @Weight(1)
    void rejectsWeightsOfAnotherLengthThanX() {
        Maxout f = subject();
        double[] x = {1, -2, 0.5};
        double[] w = {0.5, 0.25, -1};
        double[] shorter = {0.5, 0.25};
        double[] longer = {0.5, 0.25, -1, 2};
        Raises.that("forward with w1 of length 2 and x of length 3", IllegalArgumentException.class,
                () -> f.forward(x.clone(), shorter.clone(), 0, w.clone(), 0));
        Raises.that("forward with w2 of length 4 and x of length 3", IllegalArgumentException.class,
                () -> f.forward(x.clone(), w.clone(), 0, longer.clone(), 0));
        Raises.that("backward with w1 of length 4 and x of length 3", IllegalArgumentException.class,
                () -> f.backward(x.clone(), longer.clone(), 0, w.clone(), 0, 1));
        Raises.that("backward with w2 of length 2 and x of length 3", IllegalArgumentException.class,
                () -> f.backward(x.clone(), w.clone(), 0, shorter.clone(), 0, 1));
    }

    /**
     * At a tie the pieces share dy: db1 + db2 = dy with each share between 0 and dy, each piece's
     * weights get its share times x (so dw1 + dw2 = x dy), and dx = db1 w1 + db2 w2. Ties are exact:
     * two identical pieces, or x = 0 with b1 = b2.
     */
    @Test
    @Weight(2)
    void gradientAtEveryTieIsSplitBetweenThePieces() {
        Maxout f = subject();
        qt().forAll(MaxoutCase.generated(ENTRIES)).checkAssert(c -> {
            MaxoutCase same = new MaxoutCase(c.x(), c.w1(), c.b1(), c.w1().clone(), c.b1(), c.dy());
            MaxoutCase atZero = new MaxoutCase(new double[c.x().length], c.w1(), c.b1(), c.w2(), c.b1(), c.dy());
            for (MaxoutCase tie : new MaxoutCase[] {same, atZero}) {
                splitsAtTie(tie, backward(f, tie));
            }
        });
    }

    @Test
    @Weight(1)
    void doesNotModifyItsInputs() {
        Maxout f = subject();
        qt().forAll(MaxoutCase.generated(Gens.scalars())).checkAssert(c -> {
            MaxoutCase before = new MaxoutCase(c.x().clone(), c.w1().clone(), c.b1(), c.w2().clone(), c.b2(), c.dy());
            f.forward(c.x(), c.w1(), c.b1(), c.w2(), c.b2());
            f.backward(c.x(), c.w1(), c.b1(), c.w2(), c.b2(), c.dy());
            Expect.unchanged("x", before.x(), c.x());
            Expect.unchanged("w1", before.w1(), c.w1());
            Expect.unchanged("w2", before.w2(), c.w2());
        });
    }

    @Test
    @Weight(1)
    void finiteAtExtremeInputs() {
        Maxout f = subject();
        double[] x = {1000, -1000, 30, -1e-8};
        double[] w1 = {1, 0.5, -30, 1000};
        double[] w2 = {-1, 2, 1e-8, -1000};
        Expect.finite("forward", f.forward(x, w1, -1000, w2, 1000));
        MaxoutGradients g = f.backward(x, w1, -1000, w2, 1000, 1);
        Expect.notNull("backward", g);
        for (double[] v : new double[][] {g.dx(), g.dw1(), g.dw2(), {g.db1(), g.db2()}}) {
            Expect.finite("gradients", v);
        }
    }

    @Test
    @Weight(3)
    @NeedsReference
    void agreesWithTheReference() {
        Maxout f = subject();
        Maxout r = Subjects.reference().maxout();
        qt().forAll(awayFromTies()).checkAssert(c -> {
            Expect.agrees("forward", r.forward(c.x(), c.w1(), c.b1(), c.w2(), c.b2()),
                    f.forward(c.x(), c.w1(), c.b1(), c.w2(), c.b2()));
            MaxoutGradients e = backward(r, c);
            MaxoutGradients a = backward(f, c);
            Expect.agrees("dx", e.dx(), a.dx());
            Expect.agrees("dw1", e.dw1(), a.dw1());
            Expect.agrees("db1", e.db1(), a.db1());
            Expect.agrees("dw2", e.dw2(), a.dw2());
            Expect.agrees("db2", e.db2(), a.db2());
        });
    }

    private static MaxoutGradients backward(Maxout f, MaxoutCase c) {
        MaxoutGradients g = f.backward(c.x(), c.w1(), c.b1(), c.w2(), c.b2(), c.dy());
        Expect.notNull("backward", g);
        return g;
    }

    /**
     * Central differences of dy f(v) in argument number k of the forward, whose value is at, with
     * the dot products' rounding allowed; f at every point of the differences in one question.
     */
    private static void matches(String what, double[] analytic, double[] at, Maxout f, Function<Maxout, Double> forward,
            int k, double dy, double size) {
        GradientCheck.Estimate[] n = GradientCheck.vjpInArgument(f, forward, k, new double[] {dy}, 0);
        Expect.shape(what, at, analytic);
        for (int j = 0; j < n.length; j++) {
            GradientCheck.Estimate widened = DotProductRounding.widen(n[j], size, 2 * GradientCheck.step(at[j]));
            GradientCheck.assertMatches(what + "[" + j + "]", analytic[j], widened);
        }
    }

    private static void splitsAtTie(MaxoutCase c, MaxoutGradients g) {
        String at = " at the tie " + c;
        double dy = c.dy();
        Expect.agrees(() -> "db1 + db2 = dy" + at, dy, g.db1() + g.db2());
        for (double share : new double[] {g.db1(), g.db2()}) {
            double a = share / dy;
            Expect.that(a >= -1e-12 && a <= 1 + 1e-12, () -> "each piece's share of dy must lie between 0 and dy" + at
                    + ": db1 = " + g.db1() + ", db2 = " + g.db2());
        }
        int n = c.x().length;
        double[] dw1 = new double[n];
        double[] dw2 = new double[n];
        double[] sum = new double[n];
        double[] dx = new double[n];
        for (int j = 0; j < n; j++) {
            dw1[j] = g.db1() * c.x()[j];
            dw2[j] = g.db2() * c.x()[j];
            sum[j] = dy * c.x()[j];
            dx[j] = g.db1() * c.w1()[j] + g.db2() * c.w2()[j];
        }
        Expect.shape("dw1", dw1, g.dw1());
        Expect.shape("dw2", dw2, g.dw2());
        double[] dwSum = new double[n];
        for (int j = 0; j < n; j++) {
            dwSum[j] = g.dw1()[j] + g.dw2()[j];
        }
        Expect.agrees(() -> "dw1 + dw2 = x dy" + at, sum, dwSum);
        Expect.agrees(() -> "dw1 = db1 x (piece 1's share times x)" + at, dw1, g.dw1());
        Expect.agrees(() -> "dw2 = db2 x (piece 2's share times x)" + at, dw2, g.dw2());
        Expect.agrees(() -> "dx = db1 w1 + db2 w2" + at, dx, g.dx());
    }
}
