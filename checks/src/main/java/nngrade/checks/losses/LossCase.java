package nngrade.checks.losses;

import java.util.Arrays;
import java.util.function.Function;
import org.quicktheories.core.Gen;

/** A loss's two arguments: the prediction (q, logits o or z, soft mask X) and the target (t or Y). */
record LossCase(double[] prediction, double[] target) {

    /** @return pairs of a prediction of length 1 to 6 and a target of the same length */
    static Gen<LossCase> cases(Gen<double[]> predictions, Function<Integer, Gen<double[]>> targets) {
        Gen<LossCase> gen = in -> {
            double[] p = predictions.generate(in);
            return new LossCase(p, targets.apply(p.length).generate(in));
        };
        return gen.describedAs(LossCase::toString);
    }

    @Override
    public String toString() {
        return "prediction " + Arrays.toString(prediction) + ", target " + Arrays.toString(target);
    }
}
