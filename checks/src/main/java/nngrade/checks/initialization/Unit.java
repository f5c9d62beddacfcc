package nngrade.checks.initialization;

/**
 * The nonlinearities of the checks' own deep network (the checks never call a submission's
 * activation: a bug there must not cost points here).
 */
enum Unit {
    LINEAR {
        @Override
        double value(double z) {
            return z;
        }

        @Override
        double slope(double z) {
            return 1;
        }
    },
    TANH {
        @Override
        double value(double z) {
            return Math.tanh(z);
        }

        @Override
        double slope(double z) {
            double t = Math.tanh(z);
            return 1 - t * t;
        }
    },
    RELU {
        @Override
        double value(double z) {
            return z > 0 ? z : 0;
        }

        @Override
        double slope(double z) {
            return z > 0 ? 1 : 0;
        }
    };

    /** @return f(z) */
    abstract double value(double z);

    /** @return f'(z) */
    abstract double slope(double z);
}
