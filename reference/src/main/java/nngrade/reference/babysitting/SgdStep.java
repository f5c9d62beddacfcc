package nngrade.reference.babysitting;

import nngrade.problems.babysitting.TwoLayerParameters;

/** One vanilla SGD update of every parameter of the two-layer network: theta - lr g, in new arrays. */
final class SgdStep {

    private SgdStep() {
    }

    /**
     * @param theta the parameters (not modified)
     * @param g     their gradient (not modified)
     * @param lr    the learning rate
     * @return theta - lr g
     */
    static TwoLayerParameters apply(TwoLayerParameters theta, TwoLayerParameters g, double lr) {
        return new TwoLayerParameters(minus(theta.w1(), g.w1(), lr), minus(theta.b1(), g.b1(), lr),
                minus(theta.w2(), g.w2(), lr), minus(theta.b2(), g.b2(), lr));
    }

    private static double[][] minus(double[][] w, double[][] dw, double lr) {
        double[][] r = new double[w.length][];
        for (int i = 0; i < w.length; i++) {
            r[i] = minus(w[i], dw[i], lr);
        }
        return r;
    }

    private static double[] minus(double[] w, double[] dw, double lr) {
        double[] r = new double[w.length];
        for (int j = 0; j < w.length; j++) {
            r[j] = w[j] - lr * dw[j];
        }
        return r;
    }
}
