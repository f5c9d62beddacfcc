package nngrade.reference.initialization;

import java.util.Random;
import nngrade.problems.initialization.Initializer;

/**
 * init.xavier_uniform, as torch.nn.init.xavier_uniform_: w ~ U(-a, a) with
 * a = gain sqrt(6/(fan_in + fan_out)). Its variance a^2/3 = gain^2 2/(fan_in + fan_out) is the
 * compromise between n Var(w) = 1 (forward) and m Var(w) = 1 (backward).
 */
public class XavierUniform implements Initializer {

    private final double gain;

    /** @param gain the scaling factor, &gt;= 0 */
    public XavierUniform(double gain) {
        this.gain = gain;
    }

    /** @param random the generator (advanced; nothing else is modified) */
    @Override
    public double[][] initialize(int fanOut, int fanIn, Random random) {
        WeightFill.requireGain(gain);
        WeightFill.requireFans(fanOut, fanIn);
        if (WeightFill.isEmpty(fanOut, fanIn)) {
            return WeightFill.zeros(fanOut, fanIn);
        }
        double bound = gain * Math.sqrt(6.0 / (fanIn + fanOut));
        return WeightFill.uniform(fanOut, fanIn, bound, random);
    }
}
