package nngrade.checks.backprop;

import java.util.Arrays;
import nngrade.checks.support.Gens;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** An input of op.matvec: W (m x n), x (n) and an upstream gradient dq (m), with m != n. */
record MatVecCase(double[][] w, double[] x, double[] dq) {

    int rows() {
        return w.length;
    }

    int cols() {
        return x.length;
    }

    /** @return the size of the terms of W x, W^T dq and dq x^T */
    double scale() {
        double a = Math.max(Dense.maxAbs(w), Dense.maxAbs(dq));
        return Dense.productScale(Math.max(rows(), cols()), a, Math.max(Dense.maxAbs(x), Dense.maxAbs(dq)));
    }

    /** @return cases of every shape up to 4 x 4 with m != n, elements from the given generator */
    static Gen<MatVecCase> cases(Gen<Double> elements) {
        Gen<MatVecCase> gen = in -> {
            int m = Generate.range(1, 4).generate(in);
            int n = Generate.range(1, 3).generate(in);
            n = n >= m ? n + 1 : n; // n in [1, 4] without m
            double[][] w = Gens.matrices(m, n, elements).generate(in);
            double[] x = Gens.vectors(n, elements).generate(in);
            double[] dq = Gens.vectors(m, Gens.upstream()).generate(in);
            return new MatVecCase(w, x, dq);
        };
        return gen.describedAs(MatVecCase::toString);
    }

    @Override
    public String toString() {
        return "W = " + Gens.show(w) + ", x = " + Arrays.toString(x) + ", dq = " + Arrays.toString(dq);
    }
}
