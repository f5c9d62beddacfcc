package nngrade.checks.initialization;

import java.util.Locale;

/**
 * Mean and standard deviation of one quantity (activations, pre-activations or gradients) at each
 * layer of the deep network, over every unit and every example of the batch.
 *
 * @param name what was measured, e.g. "activation"
 * @param mean per layer
 * @param std  per layer
 */
record LayerStatistics(String name, double[] mean, double[] std) {

    /** @return the statistics of values[l] for every layer l */
    static LayerStatistics of(String name, double[][] values) {
        double[] mean = new double[values.length];
        double[] std = new double[values.length];
        for (int l = 0; l < values.length; l++) {
            double[] v = values[l];
            double s = 0;
            for (double x : v) {
                s += x;
            }
            double m = s / v.length;
            double ss = 0;
            for (double x : v) {
                ss += (x - m) * (x - m);
            }
            mean[l] = m;
            std[l] = Math.sqrt(ss / v.length);
        }
        return new LayerStatistics(name, mean, std);
    }

    /** @return max std / min std over layers from..to (inclusive); NaN if any std is NaN */
    double spread(int from, int to) {
        double max = 0;
        double min = Double.POSITIVE_INFINITY;
        for (int l = from; l <= to; l++) {
            if (Double.isNaN(std[l])) {
                return Double.NaN;
            }
            max = Math.max(max, std[l]);
            min = Math.min(min, std[l]);
        }
        return max / min;
    }

    /** @return the table of the notes' plots, one line: "layer: mean / std" */
    String table(int firstLayer) {
        StringBuilder sb = new StringBuilder(name + " per layer (mean, std):");
        for (int l = 0; l < std.length; l++) {
            sb.append(String.format(Locale.ROOT, " [%d] %.3g, %.3g", firstLayer + l, mean[l], std[l]));
        }
        return sb.toString();
    }
}
