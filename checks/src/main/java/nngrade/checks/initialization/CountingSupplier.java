package nngrade.checks.initialization;

import java.util.function.DoubleSupplier;

/** Hands out values and counts how many the submission took: the count is the checks' own. */
final class CountingSupplier implements DoubleSupplier {

    private final DoubleSupplier source;
    private int calls;

    CountingSupplier(DoubleSupplier source) {
        this.source = source;
    }

    /** @return a supplier cycling through values */
    static CountingSupplier cycling(double[] values) {
        int[] next = {0};
        return new CountingSupplier(() -> values[next[0]++ % values.length]);
    }

    @Override
    public double getAsDouble() {
        calls++;
        return source.getAsDouble();
    }

    int calls() {
        return calls;
    }
}
