package nngrade.checks.optimizers;

import java.util.Arrays;

/**
 * One run of an optimizer: where it starts, where its gradients come from, how many steps.
 *
 * @param x0    the starting parameters; never handed out, only copies of it
 * @param field the gradients
 * @param steps T, the number of steps
 */
record Run(double[] x0, GradientField field, int steps) {

    int length() {
        return x0.length;
    }

    @Override
    public String toString() {
        return "x0=" + Arrays.toString(x0) + ", " + steps + " step(s), " + field;
    }
}
