package nngrade.reference.initialization;

import java.util.Random;
import nngrade.problems.initialization.Initializer;

/**
 * init.xavier_normal, as torch.nn.init.xavier_normal_: w ~ N(0, std^2) with
 * std = gain sqrt(2/(fan_in + fan_out)).
 */
public class XavierNormal implements Initializer {

    private final double gain;

    /** @param gain the scaling factor, &gt;= 0 */
    public XavierNormal(double gain) {
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
        double std = gain * Math.sqrt(2.0 / (fanIn + fanOut));
        return WeightFill.normal(fanOut, fanIn, std, random);
    }
}
