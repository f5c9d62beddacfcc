package nngrade.checks.quasinewton;

import static nngrade.checks.api.CheckSettings.qt;

import java.util.Arrays;
import nngrade.checks.api.Anchor;
import nngrade.checks.api.NeedsReference;
import nngrade.checks.api.ProblemId;
import nngrade.checks.api.Subjects;
import nngrade.checks.api.ValueAnchored;
import nngrade.checks.api.Weight;
import nngrade.checks.support.Expect;
import nngrade.checks.support.Gens;
import nngrade.checks.support.Inputs;
import nngrade.checks.support.LinearAlgebra;
import nngrade.checks.support.MatrixGens;
import nngrade.checks.support.Raises;
import nngrade.problems.quasinewton.RankOneInverse;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * la.sherman_morrison: (A + u v^T)^-1 = A^-1 - A^-1 u v^T A^-1/(1 + v^T A^-1 u), compared with the
 * inverse of A + u v^T computed directly. The notes' first statement of the formula (+ before
 * the fraction, 1 - v^T A^-1 u below it) is a typo, and a submission that copies it fails.
 */
@ProblemId("la.sherman_morrison")
class ShermanMorrisonChecks {

    /**
     * |X_ij - D_ij| &lt;= INVERSE_REL kappa(M) max|D| for M = A + u v^T and its direct inverse D:
     * both carry an error of about kappa(M) eps max|D|, kappa the Frobenius condition number (the
     * reference stays within 4e-15 of that scale, measured over 3000 cases); the sign typo is off
     * by order max|D|.
     */
    static final double INVERSE_REL = 1e-12;
    static final double EXAMPLE_ABS = 1e-12;
    static final double MAX_CONDITION = 1e3;

    /** A^-1, u, v with 1 + v^T A^-1 u kept away from 0 (|.| &gt;= 0.1). */
    record Case(double[][] aInverse, double[] u, double[] v) {
        double[][] updated() {
            return LinearAlgebra.plusScaled(LinearAlgebra.inverse(aInverse), 1, LinearAlgebra.outer(u, v));
        }

        @Override
        public String toString() {
            return "{A^-1 = " + Gens.show(aInverse) + ", u = " + Arrays.toString(u) + ", v = "
                    + Arrays.toString(v) + "}";
        }
    }

    /**
     * A = Q1 diag(sigma) Q2, not symmetric, condition up to MAX_CONDITION; u random; v random,
     * rescaled so that v^T A^-1 u = t with t uniform in [-10, 10] but |1 + t| &gt;= 0.1.
     */
    static Gen<Case> cases() {
        Gen<Integer> sizes = Generate.range(1, 20);
        Gen<Double> ts = Gens.between(-10, 10).assuming(t -> Math.abs(1 + t) >= 0.1);
        Gen<Case> gen = in -> {
            int n = sizes.generate(in);
            double[][] s = MatrixGens.spd(n, MAX_CONDITION).generate(in);
            double[][] a = LinearAlgebra.times(s, MatrixGens.orthogonal(n).generate(in));
            double[][] aInverse = LinearAlgebra.inverse(a);
            double[] u = MatrixGens.vectors(n, -1, 1).generate(in);
            double[] v = MatrixGens.directions(n).generate(in);
            double[] aiu = LinearAlgebra.times(aInverse, u);
            double vAiu = LinearAlgebra.dot(v, aiu);
            if (Math.abs(vAiu) < 1e-3 * LinearAlgebra.norm(aiu)) {
                v = aiu; // v nearly orthogonal to A^-1 u: take a v that is not
                vAiu = LinearAlgebra.dot(v, aiu);
            }
            return new Case(aInverse, u, LinearAlgebra.scaled(ts.generate(in) / vAiu, v));
        };
        return gen.describedAs(Case::toString);
    }

    private static RankOneInverse subject() {
        return Subjects.submission().shermanMorrison();
    }

    private static void assertIsInverse(String what, double[][] direct, double[][] actual, double[][] m) {
        double allowed = INVERSE_REL * LinearAlgebra.condition(m) * LinearAlgebra.maxAbs(direct);
        Expect.near(what, direct, actual, 0, allowed);
    }

    @Test
    @Weight(3)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void equalsTheDirectInverse() {
        RankOneInverse sm = subject();
        qt().forAll(cases()).checkAssert(c -> {
            double[][] m = c.updated();
            double[][] actual = sm.inverseAfterUpdate(Inputs.copy(c.aInverse()), c.u().clone(), c.v().clone());
            assertIsInverse("(A + u v^T)^-1 against the direct inverse", LinearAlgebra.inverse(m), actual, m);
        });
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.EXAMPLE)
    void givesTheInversesOfTheWorkedExamples() {
        RankOneInverse sm = subject();
        double[][] identity = {{1, 0}, {0, 1}};
        // v orthogonal to u: (I + u v^T)^-1 = I - u v^T, the typo gives I + u v^T
        assertInverse(sm, "(I + e1 e2^T)^-1", identity, new double[] {1, 0}, new double[] {0, 1},
                new double[][] {{1, -1}, {0, 1}});
        // (I + e1 e1^T)^-1 = diag(1/2, 1); the typo divides by 1 - 1 = 0
        assertInverse(sm, "(I + e1 e1^T)^-1", identity, new double[] {1, 0}, new double[] {1, 0},
                new double[][] {{0.5, 0}, {0, 1}});
        // A = diag(2, 4), u = (1, 1), v = (1, 0): A + u v^T = [[3, 0], [1, 4]], inverse [[4, 0], [-1, 3]]/12
        assertInverse(sm, "(diag(2, 4) + (1, 1)(1, 0))^-1", new double[][] {{0.5, 0}, {0, 0.25}},
                new double[] {1, 1}, new double[] {1, 0}, new double[][] {{1.0 / 3, 0}, {-1.0 / 12, 0.25}});
    }

    private static void assertInverse(RankOneInverse sm, String what, double[][] aInverse, double[] u, double[] v,
            double[][] expected) {
        Expect.near(what, expected, sm.inverseAfterUpdate(Inputs.copy(aInverse), u, v), 0, EXAMPLE_ABS);
    }

    @Test
    @Weight(1)
    void throwsArithmeticExceptionWhenTheUpdatedMatrixIsSingular() {
        RankOneInverse sm = subject();
        // 1 + v^T A^-1 u = 1 - 1 = 0 exactly
        Raises.that("A^-1 = I, u = (1, 2), v = (-1, 0)", ArithmeticException.class,
                () -> sm.inverseAfterUpdate(new double[][] {{1, 0}, {0, 1}}, new double[] {1, 2},
                        new double[] {-1, 0}));
        Raises.that("A^-1 = diag(2, 4), u = (0.5, 0.25), v = (-0.25, -0.75)", ArithmeticException.class,
                () -> sm.inverseAfterUpdate(new double[][] {{2, 0}, {0, 4}}, new double[] {0.5, 0.25},
                        new double[] {-0.25, -0.75}));
    }

    @Test
    @Weight(1)
    void doesNotModifyItsInputs() {
        RankOneInverse sm = subject();
        qt().forAll(cases()).checkAssert(c -> {
            double[][] ai = Inputs.copy(c.aInverse());
            double[] u = c.u().clone();
            double[] v = c.v().clone();
            sm.inverseAfterUpdate(ai, u, v);
            Expect.unchanged("A^-1", c.aInverse(), ai);
            Expect.unchanged("u", c.u(), u);
            Expect.unchanged("v", c.v(), v);
        });
    }

    @Test
    @Weight(2)
    @NeedsReference
    void agreesWithTheReference() {
        RankOneInverse sm = subject();
        RankOneInverse reference = Subjects.reference().shermanMorrison();
        qt().forAll(cases()).checkAssert(c -> assertIsInverse("(A + u v^T)^-1 against the reference's",
                reference.inverseAfterUpdate(c.aInverse(), c.u(), c.v()),
                sm.inverseAfterUpdate(Inputs.copy(c.aInverse()), c.u().clone(), c.v().clone()), c.updated()));
    }
}
