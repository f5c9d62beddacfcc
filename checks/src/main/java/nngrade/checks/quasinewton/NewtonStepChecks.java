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
import nngrade.problems.quasinewton.SecondOrderStep;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * newton.step: theta+ = theta - H^-1 grad. On a quadratic J = (1/2) x^T A x - b^T x the
 * second-order model is exact, so from any theta the step lands on x* = A^-1 b.
 */
@ProblemId("newton.step")
class NewtonStepChecks {

    /**
     * Distance to the minimizer: |theta+_i - x*_i| &lt;= NEWTON_REL kappa(A) (max|theta| + max|x*|),
     * kappa the Frobenius condition number. A backward-stable solve is off by at most kappa eps of
     * that scale; the reference is off by at most 2e-16 of it (measured over 3000 cases); a wrong
     * sign or H in place of H^-1 misses by order 1.
     */
    static final double NEWTON_REL = 1e-12;
    /** Worked examples have small integer data: the answers are exact to a few ulps. */
    static final double EXAMPLE_ABS = 1e-12;

    /** One case: a quadratic's Hessian A, its minimizer x* and a point theta. */
    record Case(double[][] a, double[] xStar, double[] theta) {
        double[] gradient() {
            return LinearAlgebra.times(a, LinearAlgebra.minus(theta, xStar));
        }

        @Override
        public String toString() {
            return "{A = " + Gens.show(a) + ", x* = " + Arrays.toString(xStar) + ", theta = "
                    + Arrays.toString(theta) + "}";
        }

        /** @return the scale of the error of a correct step: kappa(A) (max|theta| + max|x*|) */
        double errorScale() {
            return LinearAlgebra.condition(a) * (LinearAlgebra.maxAbs(theta) + LinearAlgebra.maxAbs(xStar));
        }
    }

    static Gen<Case> cases() {
        Gen<Integer> sizes = Generate.range(1, 20);
        Gen<Case> gen = in -> {
            int n = sizes.generate(in);
            double[][] a = MatrixGens.spd(n, 1e4).generate(in);
            double[] xStar = MatrixGens.vectors(n, -2, 2).generate(in);
            double[] away = MatrixGens.vectors(n, -2, 2).generate(in);
            return new Case(a, xStar, LinearAlgebra.plusScaled(xStar, 1, away));
        };
        return gen.describedAs(Case::toString);
    }

    private static SecondOrderStep subject() {
        return Subjects.submission().newtonStep();
    }

    @Test
    @Weight(3)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void landsOnTheMinimizerOfQuadraticsInOneStep() {
        SecondOrderStep newton = subject();
        qt().forAll(cases()).checkAssert(c -> {
            double[] next = newton.step(c.theta().clone(), c.gradient(), Inputs.copy(c.a()));
            Expect.near("theta - H^-1 grad on a quadratic, against its minimizer x*", c.xStar(), next, 0,
                    NEWTON_REL * c.errorScale());
        });
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.EXAMPLE)
    void takesTheStepsOfTheWorkedExamples() {
        SecondOrderStep newton = subject();
        // H = diag(2, 4), grad = (2, 4) at (1, 1): s = (1, 1), the minimum (0, 0)
        assertStep(newton, "diagonal H", new double[][] {{2, 0}, {0, 4}}, new double[] {2, 4},
                new double[] {1, 1}, new double[] {0, 0});
        // H = [[4, 1], [1, 3]], grad = (1, 2) at 0: H^-1 = [[3, -1], [-1, 4]]/11, s = (1, 7)/11
        assertStep(newton, "H = [[4, 1], [1, 3]]", new double[][] {{4, 1}, {1, 3}}, new double[] {1, 2},
                new double[] {0, 0}, new double[] {-1.0 / 11, -7.0 / 11});
        // an indefinite H: Newton heads for the saddle of the model, s = (1, -1)
        assertStep(newton, "indefinite H = diag(1, -2) (not positive definite, but not singular)",
                new double[][] {{1, 0}, {0, -2}}, new double[] {1, 2}, new double[] {3, -1}, new double[] {2, 0});
        // a zero first pivot: elimination without row exchanges divides by 0
        assertStep(newton, "H = [[0, 1], [1, 0]] (needs a row exchange)", new double[][] {{0, 1}, {1, 0}},
                new double[] {1, 2}, new double[] {0, 0}, new double[] {-2, -1});
        // only a zero pivot makes H singular: a threshold such as |pivot| < 1e-10 refuses this one
        assertStep(newton, "H = [[1e-11]] (tiny, but not singular)", new double[][] {{1e-11}},
                new double[] {1e-11}, new double[] {0}, new double[] {-1});
    }

    private static void assertStep(SecondOrderStep newton, String what, double[][] h, double[] g, double[] theta,
            double[] expected) {
        Expect.near(what, expected, newton.step(theta, g, h), 0, EXAMPLE_ABS);
    }

    @Test
    @Weight(1)
    void throwsArithmeticExceptionForSingularHessians() {
        SecondOrderStep newton = subject();
        double[][][] singular = {
            {{0, 0}, {0, 0}},
            {{1, 1}, {1, 1}},
            {{4, 2}, {2, 1}},
            {{2, 0, 0}, {0, 0, 0}, {0, 0, 3}},
        };
        for (double[][] h : singular) {
            double[] g = Inputs.filled(h.length, 1);
            Raises.that("H = " + Gens.show(h), ArithmeticException.class,
                    () -> newton.step(new double[h.length], g, Inputs.copy(h)));
        }
        // the contract's other case: no zero pivot, but the solution 1e10 / 1e-300 overflows
        Raises.that("H = [[1e-300]], gradient [1e10] (the step -1e310 is not finite)", ArithmeticException.class,
                () -> newton.step(new double[] {0}, new double[] {1e10}, new double[][] {{1e-300}}));
    }

    @Test
    @Weight(1)
    void rejectsGradientsAndPointsThatAreNotFinite() {
        SecondOrderStep newton = subject();
        double[][] h = {{2, 0}, {0, 1}};
        double[][] bad = {{Double.NaN, 1}, {1, Double.POSITIVE_INFINITY}, {Double.NEGATIVE_INFINITY, 0}};
        for (double[] v : bad) {
            Raises.that("gradient " + Arrays.toString(v), IllegalArgumentException.class,
                    () -> newton.step(new double[] {1, 1}, v.clone(), Inputs.copy(h)));
            Raises.that("theta " + Arrays.toString(v), IllegalArgumentException.class,
                    () -> newton.step(v.clone(), new double[] {1, 1}, Inputs.copy(h)));
        }
    }

    @Test
    @Weight(1)
    void doesNotModifyItsInputs() {
        SecondOrderStep newton = subject();
        qt().forAll(cases()).checkAssert(c -> {
            double[] theta = c.theta().clone();
            double[] g = c.gradient();
            double[] gBefore = g.clone();
            double[][] h = Inputs.copy(c.a());
            newton.step(theta, g, h);
            Expect.unchanged("theta", c.theta(), theta);
            Expect.unchanged("gradient", gBefore, g);
            Expect.unchanged("hessian", c.a(), h);
        });
    }

    @Test
    @Weight(2)
    @NeedsReference
    void agreesWithTheReference() {
        SecondOrderStep newton = subject();
        SecondOrderStep reference = Subjects.reference().newtonStep();
        qt().forAll(cases()).checkAssert(c -> {
            double[] expected = reference.step(c.theta(), c.gradient(), c.a());
            double[] actual = newton.step(c.theta().clone(), c.gradient(), Inputs.copy(c.a()));
            Expect.near("theta - H^-1 grad", expected, actual, 0, NEWTON_REL * c.errorScale());
        });
    }
}
