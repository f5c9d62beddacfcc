package nngrade.problems.losses;

/** A penalty on the weights (reg.l2: lambda ||w||^2, reg.l1: lambda ||w||_1). */
public interface Regularizer {

    /** @return the penalty R(w); w not modified */
    double value(double[] w);

    /**
     * @return dR/dw (for l1 at w_i = 0 any value in [-lambda, lambda] is a valid subgradient);
     *     w not modified
     */
    double[] gradient(double[] w);
}
