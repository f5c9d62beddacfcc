package nngrade.bugs.quasinewton;

import static nngrade.checks.support.LinearAlgebra.dot;
import static nngrade.checks.support.LinearAlgebra.identity;
import static nngrade.checks.support.LinearAlgebra.minus;
import static nngrade.checks.support.LinearAlgebra.norm;
import static nngrade.checks.support.LinearAlgebra.outer;
import static nngrade.checks.support.LinearAlgebra.plusScaled;
import static nngrade.checks.support.LinearAlgebra.times;
import static nngrade.checks.support.LinearAlgebra.transpose;

import nngrade.checks.support.Inputs;
import nngrade.problems.quasinewton.SecantUpdate;

/** Secant updates with one realistic mistake each, written in plain Java like a student would. */
public final class Updates {

    private Updates() {
    }

    /** The guards every update has right: finite p and q, and a copy where it is skipped. */
    private abstract static class Guarded implements SecantUpdate {
        @Override
        public double[][] update(double[][] m, double[] p, double[] q) {
            for (int i = 0; i < p.length; i++) {
                if (!Double.isFinite(p[i]) || !Double.isFinite(q[i])) {
                    throw new IllegalArgumentException("p or q is not finite");
                }
            }
            return skip(m, p, q) ? Inputs.copy(m) : apply(m, p, q);
        }

        /** BFGS and DFP: skip unless q^T p &gt; 0. */
        boolean skip(double[][] m, double[] p, double[] q) {
            return !(dot(q, p) > 0);
        }

        abstract double[][] apply(double[][] m, double[] p, double[] q);
    }

    /** BFGS on B with p and q exchanged: (I - q p^T/qp) B (I - p q^T/qp) + q q^T/qp. */
    public static SecantUpdate bfgsInverseWithPAndQSwapped() {
        return new Guarded() {
            @Override
            double[][] apply(double[][] b, double[] p, double[] q) {
                double qp = dot(q, p);
                double[][] left = plusScaled(identity(p.length), -1 / qp, outer(q, p));
                double[][] right = plusScaled(identity(p.length), -1 / qp, outer(p, q));
                return plusScaled(times(times(left, b), right), 1 / qp, outer(q, q));
            }
        };
    }

    /** BFGS on B with the right factor not transposed: E B E + p p^T/qp, E = I - p q^T/qp. */
    public static SecantUpdate bfgsInverseWithoutTranspose() {
        return new Guarded() {
            @Override
            double[][] apply(double[][] b, double[] p, double[] q) {
                double qp = dot(q, p);
                double[][] e = plusScaled(identity(p.length), -1 / qp, outer(p, q));
                return plusScaled(times(times(e, b), e), 1 / qp, outer(p, p));
            }
        };
    }

    /**
     * BFGS on H, right, but skipped unless q^T p &gt; 1e-10 where the contract says &gt; 0: a
     * guard against dividing by a small number that keeps H on every short step near convergence.
     */
    public static SecantUpdate bfgsHessianWithAbsoluteCurvatureGuard() {
        return new Guarded() {
            @Override
            boolean skip(double[][] h, double[] p, double[] q) {
                return !(dot(q, p) > 1e-10);
            }

            @Override
            double[][] apply(double[][] h, double[] p, double[] q) {
                double[] hp = times(h, p);
                return plusScaled(plusScaled(h, 1 / dot(q, p), outer(q, q)), -1 / dot(p, hp), outer(hp, hp));
            }
        };
    }

    /** BFGS on H dividing the second term by p^T p instead of p^T H p. */
    public static SecantUpdate bfgsHessianWithPTransposeP() {
        return new Guarded() {
            @Override
            double[][] apply(double[][] h, double[] p, double[] q) {
                double[] hp = times(h, p);
                double[] pth = times(transpose(h), p);
                return plusScaled(plusScaled(h, 1 / dot(q, p), outer(q, q)), -1 / dot(p, p), outer(hp, pth));
            }
        };
    }

    /** SR1 on H with v = q + H p. */
    public static SecantUpdate sr1HessianWithPlusSign(double r) {
        return new Guarded() {
            @Override
            boolean skip(double[][] h, double[] p, double[] q) {
                double[] v = plusScaled(q, 1, times(h, p));
                return Math.abs(dot(v, p)) <= r * norm(v) * norm(p);
            }

            @Override
            double[][] apply(double[][] h, double[] p, double[] q) {
                double[] v = plusScaled(q, 1, times(h, p));
                return plusScaled(h, 1 / dot(v, p), outer(v, v));
            }
        };
    }

    /** SR1's update of H, right: H + v v^T / (v^T p) with v = q - H p; the bugs below get only the skip rule wrong. */
    private static double[][] sr1OnH(double[][] h, double[] p, double[] q) {
        double[] v = minus(q, times(h, p));
        return plusScaled(h, 1 / dot(v, p), outer(v, v));
    }

    /** SR1 on H with the skip rule's scale written ||p||^2 where the notes have ||v|| ||p||. */
    public static SecantUpdate sr1HessianSkippingByPNormSquared(double r) {
        return new Guarded() {
            @Override
            boolean skip(double[][] h, double[] p, double[] q) {
                double[] v = minus(q, times(h, p));
                return Math.abs(dot(v, p)) <= r * dot(p, p);
            }

            @Override
            double[][] apply(double[][] h, double[] p, double[] q) {
                return sr1OnH(h, p, q);
            }
        };
    }

    /** SR1 on H skipping only a denominator that is exactly 0. */
    public static SecantUpdate sr1HessianSkippingOnlyExactZero() {
        return new Guarded() {
            @Override
            boolean skip(double[][] h, double[] p, double[] q) {
                return dot(minus(q, times(h, p)), p) == 0;
            }

            @Override
            double[][] apply(double[][] h, double[] p, double[] q) {
                return sr1OnH(h, p, q);
            }
        };
    }

    /** SR1 on B dividing by w^T p instead of w^T q. */
    public static SecantUpdate sr1InverseWithWrongDenominator(double r) {
        return new Guarded() {
            @Override
            boolean skip(double[][] b, double[] p, double[] q) {
                double[] w = minus(p, times(b, q));
                return Math.abs(dot(w, q)) <= r * norm(w) * norm(q);
            }

            @Override
            double[][] apply(double[][] b, double[] p, double[] q) {
                double[] w = minus(p, times(b, q));
                return plusScaled(b, 1 / dot(w, p), outer(w, w));
            }
        };
    }
}
