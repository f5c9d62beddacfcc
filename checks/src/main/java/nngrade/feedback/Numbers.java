package nngrade.feedback;

import java.util.Locale;

/** Points and shares as the pages write them. */
final class Numbers {

    private Numbers() {
    }

    /** @return "2" for whole points, else two decimals: "0.43" */
    static String points(double p) {
        return p == Math.rint(p) ? String.valueOf((long) p) : String.format(Locale.ROOT, "%.2f", p);
    }

    /** @return a share as a whole percentage: "73%" */
    static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }
}
