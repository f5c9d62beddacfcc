package nngrade.checks.optimizers;

import nngrade.checks.support.Gens;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of optimizer runs and hyperparameters, all drawn from the run's seeded source.
 *
 * <p>Gradient sequences: 1 to 6 coordinates; each element sign 10^(s + u) with u uniform in
 * [-1, 1] and the scale exponent s uniform in [-8, 4], the same for the whole run or (one run in
 * three) spread over the coordinates from -8 to 4; the signs random, or (one run in three) flipping
 * at every step, the case where momentum is damped.
 */
final class OptimizerGens {

    /** Largest parameter length of generated runs (fixed lengths up to 1000 are checked apart). */
    static final int MAX_LENGTH = 6;

    private OptimizerGens() {
    }

    /** @return positive values log-uniform in [lo, hi] */
    static Gen<Double> logUniform(double lo, double hi) {
        return Gens.logMagnitudes(lo, hi).map(Math::abs);
    }

    static Gen<Double> learningRates() {
        return logUniform(1e-4, 1);
    }

    /** @return mu in [0, 0.99], with the notes' usual values 0, 0.5, 0.9, 0.99 often */
    static Gen<Double> momenta() {
        return Generate.frequency(
                Pair.of(1, Generate.pick(java.util.List.of(0.0, 0.5, 0.9, 0.99))),
                Pair.of(2, Gens.between(0, 0.99)));
    }

    static Gen<Double> beta1s() {
        return Generate.frequency(Pair.of(1, Generate.pick(java.util.List.of(0.0, 0.9))),
                Pair.of(2, Gens.between(0, 0.95)));
    }

    static Gen<Double> beta2s() {
        return Generate.frequency(Pair.of(1, Generate.pick(java.util.List.of(0.9, 0.999))),
                Pair.of(2, Gens.between(0.8, 0.9999)));
    }

    static Gen<Double> rhos() {
        return Generate.frequency(Pair.of(1, Generate.pick(java.util.List.of(0.0, 0.9, 0.99))),
                Pair.of(2, Gens.between(0, 0.999)));
    }

    static Gen<Double> epsilons() {
        return logUniform(1e-10, 1e-6);
    }

    static Gen<Double> weightDecays() {
        return Generate.frequency(Pair.of(1, Generate.constant(0.0)), Pair.of(4, logUniform(1e-4, 1)));
    }

    /** @return runs on gradient sequences of minSteps to maxSteps steps, scales 1e-9 to 1e5 */
    static Gen<Run> sequences(int minSteps, int maxSteps) {
        return sequences(minSteps, maxSteps, -8, 4);
    }

    /**
     * @return runs on gradient sequences whose scale exponents s lie in [loExponent, hiExponent]
     *     (elements sign 10^(s + u), u in [-1, 1])
     */
    static Gen<Run> sequences(int minSteps, int maxSteps, double loExponent, double hiExponent) {
        Gen<Integer> lengths = Generate.range(1, MAX_LENGTH);
        Gen<Integer> steps = Generate.range(minSteps, maxSteps);
        Gen<Integer> modes = Generate.range(0, 2);
        Gen<Double> scales = Gens.between(loExponent, hiExponent);
        Gen<Double> wiggles = Gens.between(-1, 1);
        Gen<Boolean> signs = Generate.booleans();
        Gen<Run> gen = in -> {
            int n = lengths.generate(in);
            int total = steps.generate(in);
            int mode = modes.generate(in);
            double[] x0 = startingPoint(n).generate(in);
            double[] exponent = new double[n];
            double[] sign = new double[n];
            double s = scales.generate(in);
            for (int i = 0; i < n; i++) {
                exponent[i] = mode == 2 ? loExponent + (hiExponent - loExponent) * i / Math.max(1, n - 1) : s;
                sign[i] = signs.generate(in) ? -1 : 1;
            }
            double[][] grads = new double[total][n];
            for (int t = 0; t < total; t++) {
                for (int i = 0; i < n; i++) {
                    double sg = mode == 1 ? sign[i] * (t % 2 == 0 ? 1 : -1) : (signs.generate(in) ? -1 : 1);
                    grads[t][i] = sg * Math.pow(10, exponent[i] + wiggles.generate(in));
                }
            }
            return new Run(x0, new GradientSequence(grads), total);
        };
        return gen.describedAs(Run::toString);
    }

    /** @return runs whose gradient is the same nonzero vector at every step (scales 1e-9 to 1e5) */
    static Gen<Run> constantGradients(int minSteps, int maxSteps) {
        Gen<Integer> steps = Generate.range(minSteps, maxSteps);
        Gen<Run> gen = sequences(1, 1).zip(steps, (one, total) -> {
            double[] g = one.field().at(1, one.x0());
            double[][] grads = new double[total][];
            java.util.Arrays.fill(grads, g);
            return new Run(one.x0(), new GradientSequence(grads), total);
        });
        return gen.describedAs(Run::toString);
    }

    /**
     * @return runs on diagonal quadratics sum_i lambda_i (x_i - c_i)^2/2 with lambda_i
     *     log-uniform in [0.1, 10] and c_i uniform in [-2, 2]
     */
    static Gen<Run> quadratics(int minSteps, int maxSteps) {
        Gen<Integer> lengths = Generate.range(1, MAX_LENGTH);
        Gen<Integer> steps = Generate.range(minSteps, maxSteps);
        Gen<Double> curvatures = logUniform(0.1, 10);
        Gen<Double> centers = Gens.between(-2, 2);
        Gen<Run> gen = in -> {
            int n = lengths.generate(in);
            double[] x0 = startingPoint(n).generate(in);
            double[] lambda = new double[n];
            double[] center = new double[n];
            for (int i = 0; i < n; i++) {
                lambda[i] = curvatures.generate(in);
                center[i] = centers.generate(in);
            }
            return new Run(x0, Quadratic.diagonal(lambda, center), steps.generate(in));
        };
        return gen.describedAs(Run::toString);
    }

    /** @return x0 with elements uniform in [-3, 3], or 0 one time in five */
    static Gen<double[]> startingPoint(int n) {
        return Gens.vectors(n, Generate.frequency(Pair.of(4, Gens.between(-3, 3)), Pair.of(1, Generate.constant(0.0))));
    }
}
