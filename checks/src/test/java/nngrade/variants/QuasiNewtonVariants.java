package nngrade.variants;

import java.util.function.DoubleUnaryOperator;
import nngrade.problems.quasinewton.LineMinimizer;
import nngrade.problems.quasinewton.LineSearch;
import nngrade.problems.quasinewton.Minimizer;
import nngrade.problems.quasinewton.Objective;
import nngrade.problems.quasinewton.RankOneInverse;
import nngrade.problems.quasinewton.SecantUpdate;
import nngrade.problems.quasinewton.SecondOrderStep;
import nngrade.reference.ReferenceSolutions;

/**
 * Section E written differently from the reference but correctly, with plain arrays instead of a
 * matrix library: Newton's step by elimination with complete pivoting, the rank-two updates in
 * their expanded elementwise forms, SR1's skip rule squared, Sherman-Morrison scaled before the
 * outer product, golden section on (left end, width) answering its better interior point, BFGS
 * keeping H and solving by Cholesky, L-BFGS in a ring buffer. The checks must give it full marks:
 * they may not insist on the reference's way of computing.
 */
class QuasiNewtonVariants extends ReferenceSolutions {

    static void requireFinite(double[] v, String name) {
        for (double x : v) {
            if (!Double.isFinite(x)) {
                throw new IllegalArgumentException(name + " holds " + x);
            }
        }
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    static double[] times(double[][] m, double[] x) {
        double[] y = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            y[i] = dot(m[i], x);
        }
        return y;
    }

    static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }

    @Override
    public SecondOrderStep newtonStep() {
        return (theta, gradient, hessian) -> { // Gaussian elimination with complete (row and column) pivoting
            requireFinite(theta, "theta");
            requireFinite(gradient, "the gradient");
            int n = theta.length;
            double[][] a = copy(hessian);
            double[] rhs = gradient.clone();
            int[] column = new int[n]; // column[k]: the unknown held in column k
            for (int k = 0; k < n; k++) {
                column[k] = k;
            }
            for (int k = 0; k < n; k++) {
                int pr = k;
                int pc = k;
                for (int i = k; i < n; i++) {
                    for (int j = k; j < n; j++) {
                        if (Math.abs(a[i][j]) > Math.abs(a[pr][pc])) {
                            pr = i;
                            pc = j;
                        }
                    }
                }
                if (a[pr][pc] == 0) {
                    throw new ArithmeticException("H is singular: zero pivot at step " + k);
                }
                double[] row = a[pr];
                a[pr] = a[k];
                a[k] = row;
                double r = rhs[pr];
                rhs[pr] = rhs[k];
                rhs[k] = r;
                for (double[] line : a) {
                    double c = line[pc];
                    line[pc] = line[k];
                    line[k] = c;
                }
                int u = column[pc];
                column[pc] = column[k];
                column[k] = u;
                for (int i = k + 1; i < n; i++) {
                    double f = a[i][k] / a[k][k];
                    for (int j = k; j < n; j++) {
                        a[i][j] -= f * a[k][j];
                    }
                    rhs[i] -= f * rhs[k];
                }
            }
            double[] y = new double[n];
            for (int i = n - 1; i >= 0; i--) {
                double s = rhs[i];
                for (int j = i + 1; j < n; j++) {
                    s -= a[i][j] * y[j];
                }
                y[i] = s / a[i][i];
            }
            double[] next = new double[n];
            for (int k = 0; k < n; k++) {
                if (!Double.isFinite(y[k])) {
                    throw new ArithmeticException("H is singular: the solution is not finite");
                }
                next[column[k]] = theta[column[k]] - y[k];
            }
            return next;
        };
    }

    /** M + v v^T/(v^T x) with v = y - M x, as M + (v/(v^T x)) v^T; skipped when (v^T x)^2 <= r^2 |v|^2 |x|^2. */
    static double[][] symmetricRankOne(double[][] m, double[] x, double[] y, double r) {
        double[] v = times(m, x);
        for (int i = 0; i < v.length; i++) {
            v[i] = y[i] - v[i];
        }
        double vx = dot(v, x);
        if (!(vx * vx > r * r * dot(v, v) * dot(x, x))) {
            return copy(m);
        }
        double[][] next = copy(m);
        for (int i = 0; i < v.length; i++) {
            double scaled = v[i] / vx;
            for (int j = 0; j < v.length; j++) {
                next[i][j] += scaled * v[j];
            }
        }
        return next;
    }

    @Override
    public SecantUpdate sr1Hessian(double skipTolerance) {
        return (h, p, q) -> { // skip rule squared (no norms), v scaled by 1/(v^T p) before the outer product
            requireFinite(p, "p");
            requireFinite(q, "q");
            return symmetricRankOne(h, p, q, skipTolerance);
        };
    }

    @Override
    public SecantUpdate sr1Inverse(double skipTolerance) {
        return (b, p, q) -> { // skip rule squared (no norms), w scaled by 1/(w^T q) before the outer product
            requireFinite(p, "p");
            requireFinite(q, "q");
            return symmetricRankOne(b, q, p, skipTolerance);
        };
    }

    @Override
    public SecantUpdate bfgsHessian() {
        return (h, p, q) -> { // elementwise with p^T H p summed over i, j, no library, no symmetrization
            requireFinite(p, "p");
            requireFinite(q, "q");
            double qp = dot(q, p);
            if (!(qp > 0)) {
                return copy(h);
            }
            int n = p.length;
            double[] hp = times(h, p);
            double pHp = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    pHp += p[i] * h[i][j] * p[j];
                }
            }
            double[][] next = copy(h);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    next[i][j] += q[i] * q[j] / qp - hp[i] * hp[j] / pHp;
                }
            }
            return next;
        };
    }

    /** The expanded BFGS inverse update, B + (1 + q^T B q/q^T p) p p^T/q^T p - (B q p^T + p q^T B)/q^T p. */
    static double[][] expandedBfgsInverse(double[][] b, double[] p, double[] q) {
        double qp = dot(q, p);
        if (!(qp > 0)) {
            return copy(b);
        }
        int n = p.length;
        double[] bq = times(b, q);
        double outer = (1 + dot(q, bq) / qp) / qp;
        double[][] next = copy(b);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                next[i][j] += outer * p[i] * p[j] - (bq[i] * p[j] + p[i] * bq[j]) / qp;
            }
        }
        return next;
    }

    @Override
    public SecantUpdate bfgsInverse() {
        return (b, p, q) -> { // the expanded formula instead of the product (I - ...) B (I - ...)
            requireFinite(p, "p");
            requireFinite(q, "q");
            return expandedBfgsInverse(b, p, q);
        };
    }

    @Override
    public SecantUpdate dfpInverse() {
        return (b, p, q) -> { // elementwise, the two rank-one terms scaled before the outer products
            requireFinite(p, "p");
            requireFinite(q, "q");
            double qp = dot(p, q);
            if (!(qp > 0)) {
                return copy(b);
            }
            int n = p.length;
            double[] bq = times(b, q);
            double qBq = dot(q, bq);
            double[][] next = copy(b);
            for (int i = 0; i < n; i++) {
                double pi = p[i] / qp;
                double bqi = bq[i] / qBq;
                for (int j = 0; j < n; j++) {
                    next[i][j] += pi * p[j] - bqi * bq[j];
                }
            }
            return next;
        };
    }

    @Override
    public RankOneInverse shermanMorrison() {
        return (aInverse, u, v) -> { // A^-1 u divided by the denominator first; denominator as (v^T A^-1) u
            int n = u.length;
            double[] x = times(aInverse, u);
            double[] y = new double[n]; // v^T A^-1
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int i = 0; i < n; i++) {
                    s += v[i] * aInverse[i][j];
                }
                y[j] = s;
            }
            double denominator = 1 + dot(y, u);
            if (denominator == 0) {
                throw new ArithmeticException("1 + v^T A^-1 u = 0: A + u v^T is singular");
            }
            double[][] result = copy(aInverse);
            for (int i = 0; i < n; i++) {
                double xi = x[i] / denominator;
                for (int j = 0; j < n; j++) {
                    result[i][j] -= xi * y[j];
                }
            }
            return result;
        };
    }

    static final double INV_PHI = (Math.sqrt(5) - 1) / 2;

    @Override
    public LineMinimizer goldenSection() {
        return new LineMinimizer() { // the bracket as (left end, width); the width shrunk by 1/phi until <= tol
            public double minimize(DoubleUnaryOperator f, double a, double b, double tol) {
                if (!(Double.isFinite(a) && Double.isFinite(b) && a < b)) {
                    throw new IllegalArgumentException("need finite a < b, got [" + a + ", " + b + "]");
                }
                if (!(Double.isFinite(tol) && tol > 0)) {
                    throw new IllegalArgumentException("need a finite tol > 0, got " + tol);
                }
                double lo = a;
                double width = b - a;
                if (width <= tol) {
                    return lo + width / 2;
                }
                double inner = INV_PHI * INV_PHI; // 1 - 1/phi: where c sits in a bracket of width 1
                double fc = f.applyAsDouble(lo + inner * width);
                double fd = f.applyAsDouble(lo + INV_PHI * width);
                while (width > tol) {
                    double next = width * INV_PHI;
                    if (fc < fd) { // keep [lo, d]: the old c becomes the new d
                        fd = fc;
                        width = next;
                        fc = f.applyAsDouble(lo + inner * width);
                    } else { // keep [c, hi]: the old d becomes the new c
                        lo += inner * width;
                        fc = fd;
                        width = next;
                        fd = f.applyAsDouble(lo + INV_PHI * width);
                    }
                }
                return fc < fd ? lo + inner * width : lo + INV_PHI * width; // the better interior point
            }
        };
    }

    static double[] gradient(Objective f, double[] x) {
        double[] g = f.gradient(x.clone());
        for (double gi : g) {
            if (!Double.isFinite(gi)) {
                throw new ArithmeticException("the gradient holds " + gi);
            }
        }
        return g;
    }

    /** One quasi-Newton run; the direction rule and the learning of a pair are the caller's. */
    abstract static class Iteration implements Minimizer {
        private final LineSearch lineSearch;
        private final double eps;
        private final int maxIterations;

        Iteration(LineSearch lineSearch, double eps, int maxIterations) {
            this.lineSearch = lineSearch;
            this.eps = eps;
            this.maxIterations = maxIterations;
        }

        abstract void reset(int n);

        abstract double[] direction(double[] g);

        abstract void learn(double[] p, double[] q);

        @Override
        public double[] minimize(Objective f, double[] x0) {
            reset(x0.length);
            double[] x = x0.clone();
            double[] g = gradient(f, x);
            int k = 0;
            while (k < maxIterations && Math.sqrt(dot(g, g)) >= eps) {
                double[] d = direction(g);
                double alpha = lineSearch.step(f, x.clone(), d.clone());
                double[] p = new double[x.length];
                double[] next = new double[x.length];
                for (int i = 0; i < x.length; i++) {
                    next[i] = x[i] + alpha * d[i];
                    p[i] = next[i] - x[i];
                }
                double[] gNext = gradient(f, next);
                double[] q = new double[x.length];
                for (int i = 0; i < x.length; i++) {
                    q[i] = gNext[i] - g[i];
                }
                if (dot(p, q) > 0) {
                    learn(p, q);
                }
                x = next;
                g = gNext;
                k++;
            }
            return x;
        }
    }

    @Override
    public Minimizer bfgs(LineSearch lineSearch, double eps, int maxIterations) {
        // keeps H = B^-1 (the qn.bfgs_hessian update, H_0 = I = B_0^-1) and solves H d = -g by Cholesky
        return new Iteration(lineSearch, eps, maxIterations) {
            double[][] h;

            void reset(int n) {
                h = new double[n][n];
                for (int i = 0; i < n; i++) {
                    h[i][i] = 1;
                }
            }

            double[] direction(double[] g) {
                int n = g.length;
                double[][] l = new double[n][n]; // H = L L^T
                for (int j = 0; j < n; j++) {
                    double s = h[j][j];
                    for (int k = 0; k < j; k++) {
                        s -= l[j][k] * l[j][k];
                    }
                    if (!(s > 0)) {
                        throw new ArithmeticException("H lost positive definiteness");
                    }
                    l[j][j] = Math.sqrt(s);
                    for (int i = j + 1; i < n; i++) {
                        double t = h[i][j];
                        for (int k = 0; k < j; k++) {
                            t -= l[i][k] * l[j][k];
                        }
                        l[i][j] = t / l[j][j];
                    }
                }
                double[] y = new double[n]; // L y = -g
                for (int i = 0; i < n; i++) {
                    double s = -g[i];
                    for (int k = 0; k < i; k++) {
                        s -= l[i][k] * y[k];
                    }
                    y[i] = s / l[i][i];
                }
                double[] d = new double[n]; // L^T d = y
                for (int i = n - 1; i >= 0; i--) {
                    double s = y[i];
                    for (int k = i + 1; k < n; k++) {
                        s -= l[k][i] * d[k];
                    }
                    d[i] = s / l[i][i];
                }
                return d;
            }

            void learn(double[] p, double[] q) {
                double qp = dot(q, p);
                double[] hp = times(h, p);
                double pHp = dot(p, hp);
                int n = p.length;
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        h[i][j] += q[i] * q[j] / qp - hp[i] * hp[j] / pHp;
                    }
                }
            }
        };
    }

    @Override
    public Minimizer lbfgs(LineSearch lineSearch, int memory, double eps, int maxIterations) {
        if (memory < 1) {
            throw new IllegalArgumentException("memory must be at least 1, got " + memory);
        }
        return new Iteration(lineSearch, eps, maxIterations) { // pairs in a ring buffer of arrays, not a deque
            double[][] ps;
            double[][] qs;
            double[] qp;
            int newest;
            int count;

            void reset(int n) {
                ps = new double[memory][];
                qs = new double[memory][];
                qp = new double[memory];
                newest = -1;
                count = 0;
            }

            double[] direction(double[] g) {
                double[] a = g.clone();
                double[] alpha = new double[memory];
                for (int k = 0; k < count; k++) { // newest to oldest
                    int s = Math.floorMod(newest - k, memory);
                    alpha[s] = dot(ps[s], a) / qp[s];
                    for (int j = 0; j < a.length; j++) {
                        a[j] -= alpha[s] * qs[s][j];
                    }
                }
                for (int k = count - 1; k >= 0; k--) { // oldest to newest
                    int s = Math.floorMod(newest - k, memory);
                    double beta = dot(qs[s], a) / qp[s];
                    for (int j = 0; j < a.length; j++) {
                        a[j] += (alpha[s] - beta) * ps[s][j];
                    }
                }
                for (int j = 0; j < a.length; j++) {
                    a[j] = -a[j];
                }
                return a;
            }

            void learn(double[] p, double[] q) {
                newest = (newest + 1) % memory;
                ps[newest] = p;
                qs[newest] = q;
                qp[newest] = dot(q, p);
                count = Math.min(count + 1, memory);
            }
        };
    }
}
