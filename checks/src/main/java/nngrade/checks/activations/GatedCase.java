package nngrade.checks.activations;

import nngrade.checks.support.Gens;
import nngrade.checks.support.Inputs;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * One input of a gated unit Y = g(X W + b) (.) (X V + c): X (n, in), W and V (in, out), b and c
 * (out), and the upstream gradient dY (n, out).
 */
record GatedCase(double[][] x, double[][] w, double[] b, double[][] v, double[] c, double[][] dy) {

    int rows() {
        return x.length;
    }

    int in() {
        return w.length;
    }

    int out() {
        return b.length;
    }

    /** @return X W + b, the gate's pre-activation (summed here in the order j = 0, 1, ...) */
    double[][] gatePreactivation() {
        return affine(x, w, b);
    }

    /** @return X V + c, the linear branch */
    double[][] linearBranch() {
        return affine(x, v, c);
    }

    /** @return a deep copy, to compare the inputs with after a call */
    GatedCase copy() {
        return new GatedCase(Inputs.copy(x), Inputs.copy(w), b.clone(), Inputs.copy(v), c.clone(), Inputs.copy(dy));
    }

    GatedCase withV(double[][] newV, double[] newC) {
        return new GatedCase(x, w, b, newV, newC, dy);
    }

    GatedCase withW(double[][] newW, double[] newB) {
        return new GatedCase(x, newW, newB, v, c, dy);
    }

    /** @return cases with 1 to 3 rows, inputs and outputs, every entry from {@code elements} */
    static Gen<GatedCase> generated(Gen<Double> elements) {
        Gen<Integer> dims = Generate.range(1, 3);
        Gen<Double> upstream = Gens.upstream();
        Gen<GatedCase> gen = in -> {
            int n = dims.generate(in);
            int i = dims.generate(in);
            int o = dims.generate(in);
            return new GatedCase(Gens.matrices(n, i, elements).generate(in), Gens.matrices(i, o, elements).generate(in),
                    Gens.vectors(o, elements).generate(in), Gens.matrices(i, o, elements).generate(in),
                    Gens.vectors(o, elements).generate(in), Gens.matrices(n, o, upstream).generate(in));
        };
        return gen.describedAs(GatedCase::toString);
    }

    /** @return A M + r, row by row */
    static double[][] affine(double[][] a, double[][] m, double[] r) {
        double[][] out = new double[a.length][r.length];
        for (int i = 0; i < a.length; i++) {
            for (int k = 0; k < r.length; k++) {
                double s = 0;
                for (int j = 0; j < m.length; j++) {
                    s += a[i][j] * m[j][k];
                }
                out[i][k] = s + r[k];
            }
        }
        return out;
    }

    /** @return sum_j |a_ij m_jk| + |r_k|: the scale of the rounding of (A M + r)_ik */
    static double[][] affineSize(double[][] a, double[][] m, double[] r) {
        double[][] out = new double[a.length][r.length];
        for (int i = 0; i < a.length; i++) {
            for (int k = 0; k < r.length; k++) {
                double s = Math.abs(r[k]);
                for (int j = 0; j < m.length; j++) {
                    s += Math.abs(a[i][j] * m[j][k]);
                }
                out[i][k] = s;
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "X = " + Gens.show(x) + ", W = " + Gens.show(w) + ", b = " + java.util.Arrays.toString(b) + ", V = "
                + Gens.show(v) + ", c = " + java.util.Arrays.toString(c) + ", dY = " + Gens.show(dy);
    }
}
