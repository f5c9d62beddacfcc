package nngrade.checks.activations;

import java.util.Arrays;
import nngrade.checks.support.Gens;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * One input of act.maxout: an example x, the two pieces (w1, b1), (w2, b2) and the upstream
 * gradient dy.
 */
record MaxoutCase(double[] x, double[] w1, double b1, double[] w2, double b2, double dy) {

    double z1() {
        return dot(x, w1) + b1;
    }

    double z2() {
        return dot(x, w2) + b2;
    }

    /** @return the sum of the absolute values of the terms of both pieces (their rounding scale) */
    double size() {
        return DotProductRounding.size(x, w1, b1) + DotProductRounding.size(x, w2, b2);
    }

    /**
     * @param elements the generator of every entry
     * @return cases of dimension 1 to 4 with dy in [-2, 2] \ {0}
     */
    static Gen<MaxoutCase> generated(Gen<Double> elements) {
        Gen<Integer> dims = Generate.range(1, 4);
        Gen<double[]> dyNonZero = Gens.vectors(1, Gens.upstream()).assuming(v -> v[0] != 0);
        Gen<MaxoutCase> gen = in -> {
            int n = dims.generate(in);
            Gen<double[]> vec = Gens.vectors(n, elements);
            return new MaxoutCase(vec.generate(in), vec.generate(in), elements.generate(in), vec.generate(in),
                    elements.generate(in), dyNonZero.generate(in)[0]);
        };
        return gen.describedAs(MaxoutCase::toString);
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    @Override
    public String toString() {
        return "x = " + Arrays.toString(x) + ", w1 = " + Arrays.toString(w1) + ", b1 = " + b1 + ", w2 = "
                + Arrays.toString(w2) + ", b2 = " + b2 + ", dy = " + dy;
    }
}
