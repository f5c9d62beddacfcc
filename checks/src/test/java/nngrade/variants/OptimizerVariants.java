package nngrade.variants;

import java.util.function.UnaryOperator;
import nngrade.problems.optimizers.LearningRateSchedule;
import nngrade.problems.optimizers.LookaheadOptimizer;
import nngrade.problems.optimizers.Optimizer;
import nngrade.reference.ReferenceSolutions;

/**
 * Section D written differently from the reference but correctly: the momentum forms through one
 * another's buffers, moments updated as m += (1 - b)(g - m), Adam's bias corrections as running
 * products, AdaGrad's root kept with hypot, schedules by integer arithmetic, loops or logarithms.
 * The checks must give it full marks: they may not insist on the reference's way of computing.
 */
class OptimizerVariants extends ReferenceSolutions {

    static void requireSameLength(double[] params, double[] grad) {
        if (params.length != grad.length) {
            throw new IllegalArgumentException("params has " + params.length + " elements, grad "
                    + grad.length);
        }
    }

    /** The length bookkeeping of an optimizer with per-coordinate state. */
    abstract static class WithState implements Optimizer {
        private int n = -1;

        @Override
        public final void step(double[] params, double[] grad) {
            requireSameLength(params, grad);
            if (n < 0) {
                n = params.length;
                init(n);
            } else if (params.length != n) {
                throw new IllegalArgumentException("the first step had " + n + " parameters, this one "
                        + params.length);
            }
            apply(params, grad);
        }

        abstract void init(int n);

        abstract void apply(double[] x, double[] g);
    }

    @Override
    public Optimizer sgd(double lr) {
        return (params, grad) -> { // a fused multiply-add, rounded once instead of twice
            requireSameLength(params, grad);
            for (int i = 0; i < params.length; i++) {
                params[i] = Math.fma(-lr, grad[i], params[i]);
            }
        };
    }

    @Override
    public Optimizer momentumSutskever(double lr, double mu) {
        return new WithState() { // keeps torch's undamped sum b = sum mu^k g, dx = -lr (1 - mu) b
            double[] b;

            void init(int n) {
                b = new double[n];
            }

            void apply(double[] x, double[] g) {
                double scale = lr * (1 - mu);
                for (int i = 0; i < x.length; i++) {
                    b[i] = g[i] + mu * b[i];
                    x[i] = x[i] - scale * b[i];
                }
            }
        };
    }

    @Override
    public Optimizer momentumEma(double lr, double mu) {
        return new WithState() { // the average moved toward g: m += (1 - mu)(g - m)
            double[] m;

            void init(int n) {
                m = new double[n];
            }

            void apply(double[] x, double[] g) {
                for (int i = 0; i < x.length; i++) {
                    m[i] += (1 - mu) * (g[i] - m[i]);
                    x[i] -= lr * m[i];
                }
            }
        };
    }

    @Override
    public Optimizer momentumTorch(double lr, double mu) {
        return new WithState() { // keeps the EMA m = (1 - mu) b and steps by lr/(1 - mu) m
            double[] m;

            void init(int n) {
                m = new double[n];
            }

            void apply(double[] x, double[] g) {
                double effective = lr / (1 - mu);
                for (int i = 0; i < x.length; i++) {
                    m[i] = mu * m[i] + (1 - mu) * g[i];
                    x[i] -= effective * m[i];
                }
            }
        };
    }

    @Override
    public LookaheadOptimizer nesterov(double eps, double mu) {
        return new LookaheadOptimizer() { // new x written as lookahead - eps g, not x + v
            double[] v;

            public void step(double[] params, UnaryOperator<double[]> gradient) {
                if (v != null && v.length != params.length) {
                    throw new IllegalArgumentException("the first step had " + v.length
                            + " parameters, this one " + params.length);
                }
                double[] ahead = new double[params.length];
                for (int i = 0; i < ahead.length; i++) {
                    ahead[i] = v == null ? params[i] : params[i] + mu * v[i];
                }
                double[] g = gradient.apply(ahead.clone());
                if (g.length != params.length) {
                    throw new IllegalArgumentException("the gradient has " + g.length + " elements, params "
                            + params.length);
                }
                if (v == null) {
                    v = new double[params.length];
                }
                for (int i = 0; i < params.length; i++) {
                    v[i] = mu * v[i] - eps * g[i];
                    params[i] = ahead[i] - eps * g[i];
                }
            }
        };
    }

    @Override
    public Optimizer nesterovShifted(double eps, double mu) {
        return new WithState() { // torch's nesterov=True form: b = mu b + g; x -= eps (g + mu b)
            double[] b;

            void init(int n) {
                b = new double[n];
            }

            void apply(double[] x, double[] g) {
                for (int i = 0; i < x.length; i++) {
                    b[i] = mu * b[i] + g[i];
                    x[i] -= eps * (g[i] + mu * b[i]);
                }
            }
        };
    }

    @Override
    public Optimizer adagrad(double lr, double eps) {
        return new WithState() { // keeps the root r = sqrt(G) itself, grown by r = hypot(r, g)
            double[] root;

            void init(int n) {
                root = new double[n];
            }

            void apply(double[] x, double[] g) {
                for (int i = 0; i < x.length; i++) {
                    root[i] = Math.hypot(root[i], g[i]);
                    x[i] -= lr * g[i] / (root[i] + eps);
                }
            }
        };
    }

    @Override
    public Optimizer rmsprop(double lr, double rho, double eps) {
        return new WithState() { // G += (1 - rho)(g^2 - G); the step factor lr/(sqrt G + eps) first
            double[] meanSquare;

            void init(int n) {
                meanSquare = new double[n];
            }

            void apply(double[] x, double[] g) {
                for (int i = 0; i < x.length; i++) {
                    meanSquare[i] += (1 - rho) * (g[i] * g[i] - meanSquare[i]);
                    double factor = lr / (Math.sqrt(meanSquare[i]) + eps);
                    x[i] -= factor * g[i];
                }
            }
        };
    }

    /** Adam and AMSGrad: bias corrections from running products beta^t, moments by m += (1 - b)(g - m). */
    static final class RunningProductAdam extends WithState {
        private final double lr;
        private final double beta1;
        private final double beta2;
        private final double eps;
        private final boolean amsgrad;
        private double[] m;
        private double[] v;
        private double[] vMax;
        private double beta1Power = 1;
        private double beta2Power = 1;

        RunningProductAdam(double lr, double beta1, double beta2, double eps, boolean amsgrad) {
            this.lr = lr;
            this.beta1 = beta1;
            this.beta2 = beta2;
            this.eps = eps;
            this.amsgrad = amsgrad;
        }

        void init(int n) {
            m = new double[n];
            v = new double[n];
            vMax = new double[n];
        }

        void apply(double[] x, double[] g) {
            beta1Power *= beta1;
            beta2Power *= beta2;
            double c1 = 1 - beta1Power;
            double c2 = 1 - beta2Power;
            for (int i = 0; i < x.length; i++) {
                m[i] += (1 - beta1) * (g[i] - m[i]);
                v[i] += (1 - beta2) * (g[i] * g[i] - v[i]);
                double second = v[i];
                if (amsgrad) {
                    vMax[i] = Math.max(vMax[i], v[i]);
                    second = vMax[i];
                }
                double mHat = m[i] / c1;
                double vHat = second / c2;
                x[i] -= lr * mHat / (Math.sqrt(vHat) + eps);
            }
        }
    }

    @Override
    public Optimizer adam(double lr, double beta1, double beta2, double eps) {
        // running products beta^t instead of Math.pow; m^ and v^ formed, sqrt(v^) taken whole
        return new RunningProductAdam(lr, beta1, beta2, eps, false);
    }

    @Override
    public Optimizer amsgrad(double lr, double beta1, double beta2, double eps) {
        // as adam above, v_max kept beside v, sqrt(v_max/(1 - b2^t)) taken whole
        return new RunningProductAdam(lr, beta1, beta2, eps, true);
    }

    @Override
    public Optimizer adamw(double lr, double beta1, double beta2, double eps, double weightDecay) {
        return new WithState() { // x -= lr wd x (not x *= 1 - lr wd), Math.pow corrections, one loop
            double[] m;
            double[] v;
            int t;

            void init(int n) {
                m = new double[n];
                v = new double[n];
            }

            void apply(double[] x, double[] g) {
                t++;
                double c1 = 1 - Math.pow(beta1, t);
                double c2 = 1 - Math.pow(beta2, t);
                for (int i = 0; i < x.length; i++) {
                    x[i] -= lr * weightDecay * x[i];
                    m[i] = beta1 * m[i] + (1 - beta1) * g[i];
                    v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
                    x[i] -= lr * (m[i] / c1) / (Math.sqrt(v[i] / c2) + eps);
                }
            }
        };
    }

    @Override
    public Optimizer sgdWeightDecay(double lr, double weightDecay) {
        return (params, grad) -> { // the decoupled form x = (1 - lr wd) x - lr g, equal for SGD
            requireSameLength(params, grad);
            double keep = 1 - lr * weightDecay;
            for (int i = 0; i < params.length; i++) {
                params[i] = keep * params[i] - lr * grad[i];
            }
        };
    }

    static void requireStep(int t) {
        if (t < 0) {
            throw new IllegalArgumentException("t must be >= 0, got " + t);
        }
    }

    @Override
    public LearningRateSchedule stepDecay(double lr0, int stepSize, double gamma) {
        return t -> { // multiplies by gamma once per completed period (torch's recurrence), no pow
            requireStep(t);
            double lr = lr0;
            for (int done = stepSize; done <= t; done += stepSize) {
                lr *= gamma;
            }
            return lr;
        };
    }

    @Override
    public LearningRateSchedule exponentialDecay(double lr0, double k) {
        double gamma = Math.exp(-k);
        return t -> { // torch's closed form lr0 gamma^t with gamma = e^-k, not e^(-k t)
            requireStep(t);
            return lr0 * Math.pow(gamma, t);
        };
    }

    @Override
    public LearningRateSchedule inverseTimeDecay(double lr0, double k) {
        return t -> { // the denominator as one fused multiply-add
            requireStep(t);
            return lr0 / Math.fma(k, t, 1.0);
        };
    }

    @Override
    public LearningRateSchedule cosineWarmRestarts(double baseLr, int t0, int tMult, double etaMin) {
        return t -> { // the cycle by logarithms (torch's formula), corrected in integers; cos^2 form
            requireStep(t);
            long start;
            long length;
            if (tMult == 1) {
                start = (long) (t / t0) * t0;
                length = t0;
            } else {
                int n = (int) Math.floor(Math.log((double) t / t0 * (tMult - 1) + 1) / Math.log(tMult));
                n = Math.max(n, 0);
                start = cycleStart(t0, tMult, n);
                while (n > 0 && start > t) {
                    n--;
                    start = cycleStart(t0, tMult, n);
                }
                length = t0 * power(tMult, n);
                while (start + length <= t) {
                    start += length;
                    length *= tMult;
                }
            }
            double half = Math.cos(Math.PI * (t - start) / (2.0 * length));
            return etaMin + (baseLr - etaMin) * half * half;
        };
    }

    /** @return T_0 (m^n - 1)/(m - 1), the first step of cycle n */
    static long cycleStart(int t0, int m, int n) {
        return t0 * ((power(m, n) - 1) / (m - 1));
    }

    static long power(int m, int n) {
        long r = 1;
        for (int i = 0; i < n; i++) {
            r *= m;
        }
        return r;
    }

    @Override
    public LearningRateSchedule oneCycle(double maxLr, int totalSteps, double pctStart, double divFactor,
            double finalDivFactor) {
        double initial = maxLr / divFactor;
        double last = initial / finalDivFactor;
        double peakAt = pctStart * totalSteps - 1;
        double endAt = totalSteps - 1;
        return t -> { // annealing written start + (end - start) sin^2(pi p/2)
            requireStep(t);
            if (t > totalSteps) {
                throw new IllegalArgumentException("t = " + t + " lies past the cycle of " + totalSteps);
            }
            if (t <= peakAt) {
                return sinSquaredAnneal(initial, maxLr, t / peakAt);
            }
            return sinSquaredAnneal(maxLr, last, (t - peakAt) / (endAt - peakAt));
        };
    }

    static double sinSquaredAnneal(double start, double end, double p) {
        double s = Math.sin(Math.PI * p / 2);
        return start + (end - start) * s * s;
    }

    @Override
    public LearningRateSchedule cyclic(double baseLr, double maxLr, int stepSizeUp, int stepSizeDown) {
        int period = stepSizeUp + stepSizeDown;
        return t -> { // the position in the cycle by integer remainder, no floor of doubles
            requireStep(t);
            int pos = t % period;
            double scale = pos <= stepSizeUp ? (double) pos / stepSizeUp
                    : (double) (period - pos) / stepSizeDown;
            return baseLr + (maxLr - baseLr) * scale;
        };
    }
}
