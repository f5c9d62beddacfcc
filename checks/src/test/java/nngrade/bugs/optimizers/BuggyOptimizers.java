package nngrade.bugs.optimizers;

import java.util.function.UnaryOperator;
import nngrade.problems.optimizers.LookaheadOptimizer;
import nngrade.problems.optimizers.Optimizer;
import nngrade.reference.optimizers.Adam;
import nngrade.reference.optimizers.StatefulOptimizer;

/** Optimizers with one realistic mistake each, for the bug catalogue of section D. */
public final class BuggyOptimizers {

    private BuggyOptimizers() {
    }

    /** SGD that climbs: x += lr g. */
    public static final class SgdAscending implements Optimizer {
        private final double lr;

        public SgdAscending(double lr) {
            this.lr = lr;
        }

        @Override
        public void step(double[] params, double[] grad) {
            if (params.length != grad.length) {
                throw new IllegalArgumentException("lengths differ");
            }
            for (int i = 0; i < params.length; i++) {
                params[i] += lr * grad[i];
            }
        }
    }

    /** Sutskever momentum with the gradient's sign flipped: dx = mu dx + lr (1 - mu) g. */
    public static final class SutskeverSignFlipped extends StatefulOptimizer {
        private final double lr;
        private final double mu;
        private double[] dx;

        public SutskeverSignFlipped(double lr, double mu) {
            this.lr = lr;
            this.mu = mu;
        }

        @Override
        protected void allocate(int n) {
            dx = new double[n];
        }

        @Override
        protected void update(double[] x, double[] g) {
            for (int i = 0; i < x.length; i++) {
                dx[i] = mu * dx[i] + lr * (1 - mu) * g[i];
                x[i] += dx[i];
            }
        }
    }

    /** The EMA form written as PyTorch's undamped buffer: m = mu m + g; x -= lr m. */
    public static final class EmaUndamped extends StatefulOptimizer {
        private final double lr;
        private final double mu;
        private double[] m;

        public EmaUndamped(double lr, double mu) {
            this.lr = lr;
            this.mu = mu;
        }

        @Override
        protected void allocate(int n) {
            m = new double[n];
        }

        @Override
        protected void update(double[] x, double[] g) {
            for (int i = 0; i < x.length; i++) {
                m[i] = mu * m[i] + g[i];
                x[i] -= lr * m[i];
            }
        }
    }

    /** PyTorch's momentum with a dampening it does not have: m = mu m + (1 - mu) g. */
    public static final class TorchMomentumDampened extends StatefulOptimizer {
        private final double lr;
        private final double mu;
        private double[] m;

        public TorchMomentumDampened(double lr, double mu) {
            this.lr = lr;
            this.mu = mu;
        }

        @Override
        protected void allocate(int n) {
            m = new double[n];
        }

        @Override
        protected void update(double[] x, double[] g) {
            for (int i = 0; i < x.length; i++) {
                m[i] = mu * m[i] + (1 - mu) * g[i];
                x[i] -= lr * m[i];
            }
        }
    }

    /** Nesterov that takes the gradient at x instead of the lookahead point x + mu v. */
    public static final class NesterovGradientAtX implements LookaheadOptimizer {
        private final double eps;
        private final double mu;
        private double[] v;

        public NesterovGradientAtX(double eps, double mu) {
            this.eps = eps;
            this.mu = mu;
        }

        @Override
        public void step(double[] params, UnaryOperator<double[]> gradient) {
            v = v == null ? new double[params.length] : v;
            if (params.length != v.length) {
                throw new IllegalArgumentException("length changed");
            }
            double[] g = gradient.apply(params.clone());
            if (g.length != params.length) {
                throw new IllegalArgumentException("gradient length");
            }
            for (int i = 0; i < params.length; i++) {
                v[i] = mu * v[i] - eps * g[i];
                params[i] += v[i];
            }
        }
    }

    /** The shifted Nesterov form without the correction: x~ += v, plain momentum. */
    public static final class ShiftedWithoutCorrection extends StatefulOptimizer {
        private final double eps;
        private final double mu;
        private double[] v;

        public ShiftedWithoutCorrection(double eps, double mu) {
            this.eps = eps;
            this.mu = mu;
        }

        @Override
        protected void allocate(int n) {
            v = new double[n];
        }

        @Override
        protected void update(double[] x, double[] g) {
            for (int i = 0; i < x.length; i++) {
                v[i] = mu * v[i] - eps * g[i];
                x[i] += v[i];
            }
        }
    }

    /** AdaGrad that accumulates g instead of g^2: G += g. */
    public static final class AdaGradSumOfGradients extends StatefulOptimizer {
        private final double lr;
        private final double eps;
        private double[] sum;

        public AdaGradSumOfGradients(double lr, double eps) {
            this.lr = lr;
            this.eps = eps;
        }

        @Override
        protected void allocate(int n) {
            sum = new double[n];
        }

        @Override
        protected void update(double[] x, double[] g) {
            for (int i = 0; i < x.length; i++) {
                sum[i] += g[i];
                x[i] -= lr * g[i] / (Math.sqrt(sum[i]) + eps);
            }
        }
    }

    /** RMSProp without the (1 - rho) factor: G = rho G + g^2. */
    public static final class RmsPropWithoutOneMinusRho extends StatefulOptimizer {
        private final double lr;
        private final double rho;
        private final double eps;
        private double[] mean;

        public RmsPropWithoutOneMinusRho(double lr, double rho, double eps) {
            this.lr = lr;
            this.rho = rho;
            this.eps = eps;
        }

        @Override
        protected void allocate(int n) {
            mean = new double[n];
        }

        @Override
        protected void update(double[] x, double[] g) {
            for (int i = 0; i < x.length; i++) {
                mean[i] = rho * mean[i] + g[i] * g[i];
                x[i] -= lr * g[i] / (Math.sqrt(mean[i]) + eps);
            }
        }
    }

    /** RMSProp that normalizes the caller's gradient in place, g /= sqrt(G) + eps: the update is right. */
    public static final class RmsPropOverwritesGradient extends StatefulOptimizer {
        private final double lr;
        private final double rho;
        private final double eps;
        private double[] mean;

        public RmsPropOverwritesGradient(double lr, double rho, double eps) {
            this.lr = lr;
            this.rho = rho;
            this.eps = eps;
        }

        @Override
        protected void allocate(int n) {
            mean = new double[n];
        }

        @Override
        protected void update(double[] x, double[] g) {
            for (int i = 0; i < x.length; i++) {
                mean[i] = mean[i] * rho + (1 - rho) * g[i] * g[i];
                g[i] = g[i] / (Math.sqrt(mean[i]) + eps);
                x[i] += -lr * g[i];
            }
        }
    }

    /** Adam without bias correction: x -= lr m/(sqrt(v) + eps). */
    public static final class AdamWithoutBiasCorrection extends StatefulOptimizer {
        private final double lr;
        private final double beta1;
        private final double beta2;
        private final double eps;
        private double[] m;
        private double[] v;

        public AdamWithoutBiasCorrection(double lr, double beta1, double beta2, double eps) {
            this.lr = lr;
            this.beta1 = beta1;
            this.beta2 = beta2;
            this.eps = eps;
        }

        @Override
        protected void allocate(int n) {
            m = new double[n];
            v = new double[n];
        }

        @Override
        protected void update(double[] x, double[] g) {
            for (int i = 0; i < x.length; i++) {
                m[i] = beta1 * m[i] + (1 - beta1) * g[i];
                v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
                x[i] -= lr * m[i] / (Math.sqrt(v[i]) + eps);
            }
        }
    }

    /** Adam with eps inside the square root: x -= lr m^/sqrt(v^ + eps). */
    public static final class AdamEpsInsideSqrt extends StatefulOptimizer {
        private final double lr;
        private final double beta1;
        private final double beta2;
        private final double eps;
        private double[] m;
        private double[] v;
        private int t;

        public AdamEpsInsideSqrt(double lr, double beta1, double beta2, double eps) {
            this.lr = lr;
            this.beta1 = beta1;
            this.beta2 = beta2;
            this.eps = eps;
        }

        @Override
        protected void allocate(int n) {
            m = new double[n];
            v = new double[n];
        }

        @Override
        protected void update(double[] x, double[] g) {
            t++;
            for (int i = 0; i < x.length; i++) {
                m[i] = beta1 * m[i] + (1 - beta1) * g[i];
                v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
                double mHat = m[i] / (1 - Math.pow(beta1, t));
                double vHat = v[i] / (1 - Math.pow(beta2, t));
                x[i] -= lr * mHat / Math.sqrt(vHat + eps);
            }
        }
    }

    /**
     * Adam whose moments are static fields, sized at the first step of any instance: two instances
     * share (and corrupt) each other's state.
     */
    public static final class AdamWithStaticState implements Optimizer {
        private static double[] m;
        private static double[] v;
        private static int t;
        private final double lr;
        private final double beta1;
        private final double beta2;
        private final double eps;

        public AdamWithStaticState(double lr, double beta1, double beta2, double eps) {
            this.lr = lr;
            this.beta1 = beta1;
            this.beta2 = beta2;
            this.eps = eps;
        }

        @Override
        public void step(double[] x, double[] g) {
            if (x.length != g.length) {
                throw new IllegalArgumentException("lengths differ");
            }
            if (m == null || m.length != x.length) {
                m = new double[x.length];
                v = new double[x.length];
                t = 0;
            }
            t++;
            double stepSize = lr / (1 - Math.pow(beta1, t));
            double correction2Sqrt = Math.sqrt(1 - Math.pow(beta2, t));
            for (int i = 0; i < x.length; i++) {
                m[i] = m[i] * beta1 + (1 - beta1) * g[i];
                v[i] = v[i] * beta2 + (1 - beta2) * g[i] * g[i];
                x[i] += -stepSize * (m[i] / (Math.sqrt(v[i]) / correction2Sqrt + eps));
            }
        }
    }

    /** AMSGrad that forgets the maximum: plain Adam. */
    public static final class AmsGradWithoutMax extends Adam {
        public AmsGradWithoutMax(double lr, double beta1, double beta2, double eps) {
            super(lr, beta1, beta2, eps);
        }
    }

    /** AdamW that decays after the Adam step: x = (1 - lr wd)(x - adam step). */
    public static final class AdamWDecayAfterStep extends Adam {
        private final double keep;

        public AdamWDecayAfterStep(double lr, double beta1, double beta2, double eps, double wd) {
            super(lr, beta1, beta2, eps);
            this.keep = 1 - lr * wd;
        }

        @Override
        protected void update(double[] x, double[] g) {
            super.update(x, g);
            for (int i = 0; i < x.length; i++) {
                x[i] *= keep;
            }
        }
    }

    /** AdamW whose decay goes through the adaptive denominator: x -= lr wd x/(sqrt(v^) + eps). */
    public static final class AdamWDecayOverDenominator extends StatefulOptimizer {
        private final double lr;
        private final double beta1;
        private final double beta2;
        private final double eps;
        private final double wd;
        private double[] m;
        private double[] v;
        private int t;

        public AdamWDecayOverDenominator(double lr, double beta1, double beta2, double eps, double wd) {
            this.lr = lr;
            this.beta1 = beta1;
            this.beta2 = beta2;
            this.eps = eps;
            this.wd = wd;
        }

        @Override
        protected void allocate(int n) {
            m = new double[n];
            v = new double[n];
        }

        @Override
        protected void update(double[] x, double[] g) {
            t++;
            for (int i = 0; i < x.length; i++) {
                m[i] = beta1 * m[i] + (1 - beta1) * g[i];
                v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
                double mHat = m[i] / (1 - Math.pow(beta1, t));
                double vHat = v[i] / (1 - Math.pow(beta2, t));
                x[i] -= lr * (mHat + wd * x[i]) / (Math.sqrt(vHat) + eps);
            }
        }
    }

    /** SGD whose L2 term pushes away from 0: g' = g - wd x. */
    public static final class WeightDecaySignFlipped implements Optimizer {
        private final double lr;
        private final double wd;

        public WeightDecaySignFlipped(double lr, double wd) {
            this.lr = lr;
            this.wd = wd;
        }

        @Override
        public void step(double[] params, double[] grad) {
            if (params.length != grad.length) {
                throw new IllegalArgumentException("lengths differ");
            }
            for (int i = 0; i < params.length; i++) {
                params[i] -= lr * (grad[i] - wd * params[i]);
            }
        }
    }

    /**
     * AdaGrad, right in every value and length check, whose accumulator starts empty and is sized
     * while it is empty: an empty first step does not fix the length, so a later step of 3
     * parameters is taken instead of rejected.
     */
    public static final class AdaGradSizedWhileEmpty implements Optimizer {
        private final double lr;
        private final double eps;
        private double[] sumOfSquares = new double[0];

        public AdaGradSizedWhileEmpty(double lr, double eps) {
            this.lr = lr;
            this.eps = eps;
        }

        @Override
        public void step(double[] x, double[] g) {
            if (g.length != x.length) {
                throw new IllegalArgumentException("the gradient has " + g.length + " entries, x " + x.length);
            }
            if (sumOfSquares.length == 0) { // the mistake: "empty" taken for "not sized yet"
                sumOfSquares = new double[x.length];
            } else if (sumOfSquares.length != x.length) {
                throw new IllegalArgumentException("x has " + x.length + " entries, the first step " + sumOfSquares.length);
            }
            for (int i = 0; i < x.length; i++) {
                sumOfSquares[i] += g[i] * g[i];
                x[i] -= lr * g[i] / (Math.sqrt(sumOfSquares[i]) + eps);
            }
        }
    }

    /**
     * PyTorch's momentum, right, but its buffer is the first gradient itself (torch writes
     * buf = torch.clone(d_p).detach(); the clone forgotten): the next step changes the caller's
     * first gradient, and a caller that reuses one gradient array, as torch reuses p.grad, steps wrong.
     */
    public static final class TorchMomentumKeepsTheFirstGradient implements Optimizer {
        private final double lr;
        private final double mu;
        private double[] buf;

        public TorchMomentumKeepsTheFirstGradient(double lr, double mu) {
            this.lr = lr;
            this.mu = mu;
        }

        @Override
        public void step(double[] x, double[] g) {
            if (x.length != g.length || (buf != null && buf.length != x.length)) {
                throw new IllegalArgumentException("x has " + x.length + " entries, the gradient " + g.length);
            }
            if (buf == null) {
                buf = g;
            } else {
                for (int i = 0; i < x.length; i++) {
                    buf[i] = mu * buf[i] + g[i];
                }
            }
            for (int i = 0; i < x.length; i++) {
                x[i] -= lr * buf[i];
            }
        }
    }

    /**
     * SGD, right, but with the length check of an optimizer that keeps state: the first step fixes
     * the length, where SGD keeps nothing and the contract lets it take any length at every step.
     */
    public static final class SgdFixingItsLength implements Optimizer {
        private final double lr;
        private int length = -1;

        public SgdFixingItsLength(double lr) {
            this.lr = lr;
        }

        @Override
        public void step(double[] x, double[] g) {
            if (x.length != g.length || (length >= 0 && x.length != length)) {
                throw new IllegalArgumentException("expected " + length + " parameters, got " + x.length);
            }
            length = x.length;
            for (int i = 0; i < x.length; i++) {
                x[i] -= lr * g[i];
            }
        }
    }

    /** PyTorch's momentum, right, but with no length checks: it updates min(lengths) coordinates. */
    public static final class TorchMomentumUnchecked implements Optimizer {
        private final double lr;
        private final double mu;
        private double[] m;

        public TorchMomentumUnchecked(double lr, double mu) {
            this.lr = lr;
            this.mu = mu;
        }

        @Override
        public void step(double[] x, double[] g) {
            int n = Math.min(x.length, g.length);
            if (m == null || m.length < n) {
                m = m == null ? new double[n] : java.util.Arrays.copyOf(m, n);
            }
            for (int i = 0; i < n; i++) {
                m[i] = m[i] * mu + g[i];
                x[i] += -lr * m[i];
            }
        }
    }
}
