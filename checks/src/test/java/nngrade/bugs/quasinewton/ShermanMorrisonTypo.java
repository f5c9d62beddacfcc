package nngrade.bugs.quasinewton;

import static nngrade.checks.support.LinearAlgebra.dot;
import static nngrade.checks.support.LinearAlgebra.outer;
import static nngrade.checks.support.LinearAlgebra.plusScaled;
import static nngrade.checks.support.LinearAlgebra.times;
import static nngrade.checks.support.LinearAlgebra.transpose;

import nngrade.problems.quasinewton.RankOneInverse;

/** The notes' first statement: A^-1 + A^-1 u v^T A^-1/(1 - v^T A^-1 u). */
public final class ShermanMorrisonTypo implements RankOneInverse {

    @Override
    public double[][] inverseAfterUpdate(double[][] aInverse, double[] u, double[] v) {
        double[] aiu = times(aInverse, u);
        double[] vtai = times(transpose(aInverse), v);
        double denominator = 1 - dot(v, aiu);
        if (denominator == 0) {
            throw new ArithmeticException("singular");
        }
        return plusScaled(aInverse, 1 / denominator, outer(aiu, vtai));
    }
}
