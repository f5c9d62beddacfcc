package nngrade.checks.optimizers;

import java.util.Arrays;

/**
 * A gradient sequence g_1, ..., g_T handed to the optimizer whatever its parameters: the setting
 * of "reproduces torch.optim on any gradient sequence".
 *
 * @param grads grads[t - 1] is g_t
 */
record GradientSequence(double[][] grads) implements GradientField {

    @Override
    public double[] at(int t, double[] point) {
        return grads[t - 1].clone();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("gradients ");
        for (int t = 0; t < grads.length; t++) {
            sb.append(t == 0 ? "" : ", ").append("g_").append(t + 1).append('=').append(Arrays.toString(grads[t]));
        }
        return sb.toString();
    }
}
