package nngrade.reference.quasinewton;

/**
 * What a quasi-Newton minimizer learns about the curvature of J from its steps, and the search
 * direction it draws from it: the dense B of BFGS, or the last pairs of L-BFGS. One instance per
 * run of a minimizer, so nothing is kept between runs.
 */
interface Curvature {

    /** @param g the gradient (not modified). @return d = -B g, a new array */
    double[] direction(double[] g);

    /**
     * Takes one step into account; called only when q^T p &gt; 0.
     *
     * @param p theta_{k+1} - theta_k (kept; the caller does not modify it afterwards)
     * @param q g_{k+1} - g_k (kept; the caller does not modify it afterwards)
     */
    void learn(double[] p, double[] q);
}
