package nngrade.checks.backprop;

import java.util.Arrays;
import nngrade.checks.support.Gens;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * An input of layer.affine: X (n x in), W (out x in), b (out) and an upstream gradient dY
 * (n x out), with batch size n in [1, 4] and out != in, so a transposed W or a swapped shape
 * cannot pass.
 */
record AffineCase(double[][] x, double[][] w, double[] b, double[][] dy) {

    int batch() {
        return x.length;
    }

    int in() {
        return w[0].length;
    }

    int out() {
        return w.length;
    }

    /** @return the size of the terms of X W^T + b, dY W, dY^T X and the column sums of dY */
    double scale() {
        double a = Math.max(Dense.maxAbs(x), Dense.maxAbs(dy));
        double c = Math.max(Dense.maxAbs(w), Math.max(Dense.maxAbs(x), Dense.maxAbs(dy)));
        int k = Math.max(batch(), Math.max(in(), out()));
        return Dense.productScale(k, a, c) + Dense.maxAbs(b);
    }

    static Gen<AffineCase> cases(Gen<Double> elements) {
        Gen<AffineCase> gen = in -> {
            int n = Generate.range(1, 4).generate(in);
            int inputs = Generate.range(1, 4).generate(in);
            int outputs = Generate.range(1, 3).generate(in);
            outputs = outputs >= inputs ? outputs + 1 : outputs; // out in [1, 4] without in
            return new AffineCase(Gens.matrices(n, inputs, elements).generate(in),
                    Gens.matrices(outputs, inputs, elements).generate(in),
                    Gens.vectors(outputs, elements).generate(in),
                    Gens.matrices(n, outputs, Gens.upstream()).generate(in));
        };
        return gen.describedAs(AffineCase::toString);
    }

    @Override
    public String toString() {
        return "X = " + Gens.show(x) + ", W = " + Gens.show(w) + ", b = " + Arrays.toString(b) + ", dY = "
                + Gens.show(dy);
    }
}
