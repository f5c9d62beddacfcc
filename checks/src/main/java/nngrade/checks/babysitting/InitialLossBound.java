package nngrade.checks.babysitting;

/**
 * How far from ln C a correct network's loss may be at small random weights, with a stated
 * false-failure probability.
 *
 * <p>Setting: W1 (H x D) and W2 (C x H) with independent N(0, s1^2) and N(0, s2^2) entries, zero
 * biases, reg = 0, and N examples with ||x_i|| &lt;= R. For one example the loss
 * l_i = log sum_k e^{s_ik} - s_{i,y_i} lies between ln C + min_k s_ik - s_{i,y_i} and
 * ln C + max_k s_ik - s_{i,y_i}, so |l_i - ln C| &lt;= max_k s_ik - min_k s_ik &lt;= 2 max_k |s_ik|, and
 * the mean L obeys the same bound with the max over every score. The scores:
 *
 * <ul>
 * <li>h_i = max(0, W1 x_i), so ||h_i|| &lt;= ||W1 x_i||, and ||W1 x_i||^2 = s1^2 ||x_i||^2 Q_i with
 * Q_i chi-square with H degrees of freedom. Laurent and Massart (2000, Lemma 1):
 * P(Q &gt;= H + 2 sqrt(H t) + 2 t) &lt;= e^-t. With t = ln(2N/delta), all N of them stay below
 * q = H + 2 sqrt(H t) + 2 t except with probability delta/2.
 * <li>Given W1, each s_ik = W2_k . h_i is N(0, s2^2 ||h_i||^2), and P(|Z| &gt; z) &lt;= 2 e^{-z^2/2}
 * for a standard normal Z (Chernoff). With z = sqrt(2 ln(4NC/delta)) all N C of them stay within
 * z s2 ||h_i|| except with probability delta/2.
 * </ul>
 *
 * So |L - ln C| &lt;= 2 z s1 s2 sqrt(q) R except with probability at most delta (union bound).
 */
final class InitialLossBound {

    private InitialLossBound() {
    }

    /**
     * @param std1        s1, the standard deviation of the entries of W1
     * @param std2        s2, that of W2
     * @param hidden      H
     * @param classes     C
     * @param examples    N
     * @param largestNorm R = max_i ||x_i||
     * @param delta       the false-failure probability this bound may spend
     * @return the bound on |L - ln C|
     */
    static double of(double std1, double std2, int hidden, int classes, int examples, double largestNorm,
            double delta) {
        double t = Math.log(2.0 * examples / delta);
        double q = hidden + 2 * Math.sqrt(hidden * t) + 2 * t;
        double z = Math.sqrt(2 * Math.log(4.0 * examples * classes / delta));
        return 2 * z * std1 * std2 * Math.sqrt(q) * largestNorm;
    }
}
