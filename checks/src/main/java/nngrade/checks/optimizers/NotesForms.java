package nngrade.checks.optimizers;

import java.util.function.UnaryOperator;

/**
 * The update rules as the notes write them, in plain Java, written for the checks: the other side
 * of each relation the notes state ("the Sutskever and EMA forms give the same trajectory", ...).
 * A check of one problem runs its submission against these, never against another problem's
 * submission, so a bug loses points on its own problem only. State starts at 0 and is sized by the
 * first step.
 */
final class NotesForms {

    private NotesForms() {
    }

    /** x -= lr g. */
    static Stepper sgd(double lr) {
        return (x, gradient) -> {
            double[] g = gradient.apply(x.clone());
            for (int i = 0; i < x.length; i++) {
                x[i] -= lr * g[i];
            }
        };
    }

    /** m = mu m + (1 - mu) g; x -= lr m. */
    static Stepper ema(double lr, double mu) {
        return new Stepper() {
            private double[] m;

            @Override
            public void step(double[] x, UnaryOperator<double[]> gradient) {
                double[] g = gradient.apply(x.clone());
                m = m == null ? new double[x.length] : m;
                for (int i = 0; i < x.length; i++) {
                    m[i] = mu * m[i] + (1 - mu) * g[i];
                    x[i] -= lr * m[i];
                }
            }
        };
    }

    /** dx = mu dx - lr (1 - mu) g; x += dx. */
    static Stepper sutskever(double lr, double mu) {
        return new Stepper() {
            private double[] dx;

            @Override
            public void step(double[] x, UnaryOperator<double[]> gradient) {
                double[] g = gradient.apply(x.clone());
                dx = dx == null ? new double[x.length] : dx;
                for (int i = 0; i < x.length; i++) {
                    dx[i] = mu * dx[i] - lr * (1 - mu) * g[i];
                    x[i] += dx[i];
                }
            }
        };
    }

    /** Nesterov, lookahead form: v = mu v - eps grad(x + mu v); x += v. */
    static Stepper lookahead(double eps, double mu) {
        return new Stepper() {
            private double[] v;

            @Override
            public void step(double[] x, UnaryOperator<double[]> gradient) {
                v = v == null ? new double[x.length] : v;
                double[] ahead = new double[x.length];
                for (int i = 0; i < x.length; i++) {
                    ahead[i] = x[i] + mu * v[i];
                }
                double[] g = gradient.apply(ahead);
                for (int i = 0; i < x.length; i++) {
                    v[i] = mu * v[i] - eps * g[i];
                    x[i] += v[i];
                }
            }
        };
    }

    /** Nesterov, the notes' shifted form on x~: v = mu v - eps grad(x~); x~ += v + mu (v - v_prev). */
    static Stepper shifted(double eps, double mu) {
        return new Stepper() {
            private double[] v;

            @Override
            public void step(double[] x, UnaryOperator<double[]> gradient) {
                double[] g = gradient.apply(x.clone());
                v = v == null ? new double[x.length] : v;
                for (int i = 0; i < x.length; i++) {
                    double previous = v[i];
                    v[i] = mu * v[i] - eps * g[i];
                    x[i] += v[i] + mu * (v[i] - previous);
                }
            }
        };
    }
}
