package nngrade.checks.support;

import java.util.Arrays;
import org.quicktheories.core.Gen;

/**
 * Two vectors of the same length that a check hands to the submission together, such as an input
 * x and the upstream gradient dy of a backward pass; printed with their names exactly as the check
 * used them.
 *
 * @param xName what the first is called in messages, e.g. "x"
 * @param x     the first vector
 * @param yName what the second is called, e.g. "dy"
 * @param y     the second vector, as long as x
 */
public record VectorPair(String xName, double[] x, String yName, double[] y) {

    /**
     * @param xs        the first vectors
     * @param yElements the elements of the second, drawn to the length of the first
     * @return pairs named xName and yName
     */
    public static Gen<VectorPair> of(String xName, Gen<double[]> xs, String yName, Gen<Double> yElements) {
        Gen<VectorPair> gen = in -> {
            double[] x = xs.generate(in);
            double[] y = Gens.vectors(x.length, yElements).generate(in);
            return new VectorPair(xName, x, yName, y);
        };
        return gen.describedAs(VectorPair::toString);
    }

    /** @return x and an upstream gradient dy in [-2, 2] of its length */
    public static Gen<VectorPair> withUpstream(Gen<double[]> xs) {
        return of("x", xs, "dy", Gens.upstream());
    }

    @Override
    public String toString() {
        return xName + " = " + Arrays.toString(x) + ", " + yName + " = " + Arrays.toString(y);
    }
}
