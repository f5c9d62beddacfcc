package nngrade.checks.quasinewton;

import static nngrade.checks.api.CheckSettings.qt;

import java.util.List;
import nngrade.checks.api.Anchor;
import nngrade.checks.api.NeedsReference;
import nngrade.checks.api.Subjects;
import nngrade.checks.api.ValueAnchored;
import nngrade.checks.api.Weight;
import nngrade.checks.support.Expect;
import nngrade.checks.support.Inputs;
import nngrade.checks.support.Lazily;
import nngrade.checks.support.LinearAlgebra;
import nngrade.checks.support.Raises;
import nngrade.checks.support.Shape;
import nngrade.problems.Solutions;
import nngrade.problems.quasinewton.SecantUpdate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The checks every secant update must pass, written once: the secant equation, symmetry, the
 * closed form of the notes (written out by each concrete class), the skip rule, the rejection of
 * a p or q that is not finite, untouched inputs, and agreement with the reference. A concrete
 * class names its problem with {@code @ProblemId} and adds the checks particular to its update
 * (positive definiteness, the inverse relations between the Hessian and inverse forms).
 */
public abstract class SecantUpdateContract {

    /**
     * Secant equation, relative: |(M+ x)_i - y_i| &lt;= SECANT_REL ((|M+| |x|)_i + |y_i|). Rounding
     * in a correct update leaves at most 7e-12 on the generated inputs (measured over 3000 cases
     * per update; DFP, whose terms cancel most, is the worst); the typical mistakes (p and q
     * swapped, a missing transpose, v = q + H p) miss by 1e-2 or more.
     */
    static final double SECANT_REL = 1e-9;
    /**
     * Symmetry: |M_ij - M_ji| &lt;= SYMMETRY_REL max|M|. The formulas are symmetric; computing
     * E B E^T as two products rounds the two triangles apart by about 1e-15 max|M|.
     */
    static final double SYMMETRY_REL = 1e-10;
    /**
     * Closed form: |M+_ij - E_ij| &lt;= FORMULA_REL max(max|E|, max|M|); the reference and the
     * formula written out here differ by at most 3e-13 of that scale (measured over 3000 cases per
     * update), a wrong formula by order 1.
     */
    static final double FORMULA_REL = 1e-9;

    /** @return this problem's update out of a submission or the reference */
    protected abstract SecantUpdate of(Solutions solutions);

    /** @return the notes' formula, computed here: the expected M+ (arguments not modified) */
    protected abstract double[][] closedForm(double[][] m, double[] p, double[] q);

    /** @return true if M is H (secant H+ p = q), false if M is B (secant B+ q = p) */
    protected abstract boolean hessianForm();

    /** @return generated inputs on which the update applies */
    protected abstract Gen<UpdateCase> cases();

    /** @return inputs on which the contract says the update is skipped */
    protected abstract List<UpdateCase> skipped();

    protected final SecantUpdate subject() {
        return of(Subjects.submission());
    }

    protected final SecantUpdate reference() {
        return of(Subjects.reference());
    }

    /** @return M+ from the submission, checked to be an n by n array */
    protected final double[][] updated(SecantUpdate update, UpdateCase c) {
        double[][] next = update.update(Inputs.copy(c.matrix()), c.p().clone(), c.q().clone());
        Shape.matrix("the updated matrix", next, c.n(), c.n());
        return next;
    }

    @Test
    @Weight(3)
    void satisfiesTheSecantEquation() {
        SecantUpdate update = subject();
        qt().forAll(cases()).checkAssert(c -> {
            double[][] next = updated(update, c);
            double[] x = hessianForm() ? c.p() : c.q();
            double[] y = hessianForm() ? c.q() : c.p();
            String name = hessianForm() ? "H+ p = q" : "B+ q = p";
            double[] image = LinearAlgebra.times(next, x);
            double[] scale = LinearAlgebra.absTimes(next, x);
            for (int i = 0; i < y.length; i++) {
                int component = i;
                Lazily.near(() -> "secant equation " + name + ", component " + component, y[i], image[i], 0,
                        SECANT_REL * (scale[i] + Math.abs(y[i])));
            }
        });
    }

    @Test
    @Weight(1)
    void keepsTheMatrixSymmetric() {
        SecantUpdate update = subject();
        qt().forAll(cases()).checkAssert(c -> {
            double[][] next = updated(update, c);
            double allowed = SYMMETRY_REL * LinearAlgebra.maxAbs(next);
            for (int i = 0; i < c.n(); i++) {
                for (int j = 0; j < i; j++) {
                    int r = i;
                    int s = j;
                    Lazily.that(Math.abs(next[i][j] - next[j][i]) <= allowed, () -> "the updated matrix is "
                            + "not symmetric: [" + r + "][" + s + "] = " + next[r][s] + " but [" + s + "][" + r
                            + "] = " + next[s][r]);
                }
            }
        });
    }

    @Test
    @Weight(3)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void matchesTheFormulaOfTheNotes() {
        SecantUpdate update = subject();
        UpdateCase small = UpdateCases.small(); // first a case a person can follow
        double[][] expectedSmall = closedForm(small.matrix(), small.p(), small.q());
        Lazily.near(() -> "the updated matrix for " + small, expectedSmall, updated(update, small), 0,
                FORMULA_REL * Math.max(LinearAlgebra.maxAbs(expectedSmall), LinearAlgebra.maxAbs(small.matrix())));
        qt().forAll(cases()).checkAssert(c -> {
            double[][] expected = closedForm(c.matrix(), c.p(), c.q());
            double scale = Math.max(LinearAlgebra.maxAbs(expected), LinearAlgebra.maxAbs(c.matrix()));
            Lazily.near(() -> "the updated matrix", expected, updated(update, c), 0, FORMULA_REL * scale);
        });
    }

    @Test
    @Weight(1)
    void returnsTheMatrixUnchangedWhereTheUpdateIsSkipped() {
        SecantUpdate update = subject();
        for (UpdateCase c : skipped()) {
            double[][] given = Inputs.copy(c.matrix());
            double[][] next = update.update(given, c.p().clone(), c.q().clone());
            Expect.that(next != given, () -> "where the update is skipped, return a copy of the matrix, "
                    + "not the array you were given; input " + c);
            Expect.near(() -> "the matrix where the update must be skipped, input " + c, c.matrix(), next, 0, 0);
        }
    }

    @Test
    @Weight(1)
    void rejectsNonFiniteStepsOrGradientChanges() {
        SecantUpdate update = subject();
        double[][] m = {{2, 0.5}, {0.5, 1}};
        double[][] badPairs = {
            {Double.NaN, 1}, {1, 2},
            {1, 2}, {Double.POSITIVE_INFINITY, 1},
            {1, 2}, {0.5, Double.NaN},
        };
        for (int i = 0; i < badPairs.length; i += 2) {
            double[] p = badPairs[i];
            double[] q = badPairs[i + 1];
            Raises.that("p = " + java.util.Arrays.toString(p) + ", q = " + java.util.Arrays.toString(q),
                    IllegalArgumentException.class, () -> update.update(Inputs.copy(m), p.clone(), q.clone()));
        }
    }

    @Test
    @Weight(1)
    void doesNotModifyItsInputs() {
        SecantUpdate update = subject();
        qt().forAll(cases()).checkAssert(c -> {
            double[][] m = Inputs.copy(c.matrix());
            double[] p = c.p().clone();
            double[] q = c.q().clone();
            update.update(m, p, q);
            Expect.unchanged("matrix", c.matrix(), m);
            Expect.unchanged("p", c.p(), p);
            Expect.unchanged("q", c.q(), q);
        });
    }

    @Test
    @Weight(2)
    @NeedsReference
    void agreesWithTheReference() {
        SecantUpdate update = subject();
        SecantUpdate reference = reference();
        qt().forAll(cases()).checkAssert(c -> {
            double[][] expected = updated(reference, c);
            double scale = Math.max(LinearAlgebra.maxAbs(expected), LinearAlgebra.maxAbs(c.matrix()));
            Lazily.near(() -> "the updated matrix", expected, updated(update, c), 0, FORMULA_REL * scale);
        });
        for (UpdateCase c : skipped()) {
            Expect.near(() -> "the matrix where the update is skipped, input " + c, updated(reference, c),
                    updated(update, c), 0, 0);
        }
    }
}
