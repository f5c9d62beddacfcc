package nngrade.feedback;

import java.util.List;

/**
 * A picture for a feedback page, where it says more than numbers: the student's curve against
 * the correct one on shared axes. Plots are data until a page draws them ({@link Charts}), so they
 * can travel from the examiner to the parent and be kept in a result file.
 *
 * @param problemId the problem it explains
 * @param title     what it shows, one line
 * @param xLabel    the horizontal axis
 * @param yLabel    the vertical axis
 * @param logY      whether the vertical axis is logarithmic (errors, standard deviations)
 * @param curves    the student's and the correct curves
 * @param note      one sentence under the plot: what to look for ("" for none)
 */
public record Plot(String problemId, String title, String xLabel, String yLabel, boolean logY, List<Curve> curves,
        String note) {

    /** Plots one submission may carry: the first failing problems of the catalogue that have one. */
    public static final int MAX_PLOTS = 16;
    /** Curves on one plot. */
    public static final int MAX_CURVES = 4;
    /** Points on one curve. */
    public static final int MAX_POINTS = 240;
    /** Characters of any text of a plot. */
    public static final int MAX_TEXT = 300;

    public Plot {
        curves = List.copyOf(curves);
    }

    /**
     * @return a copy within the limits above, finite points only: what a parent keeps of a plot an
     *     examiner sent, whatever the examiner sent
     */
    public Plot bounded() {
        return new Plot(cut(problemId), cut(title), cut(xLabel), cut(yLabel), logY,
                curves.stream().limit(MAX_CURVES)
                        .map(c -> new Curve(cut(c.name()), c.correct(), c.x(), c.y()).finite(MAX_POINTS)).toList(),
                cut(note));
    }

    /** @return at most {@link #MAX_PLOTS} plots, each bounded; null or malformed plots are dropped */
    public static List<Plot> bounded(List<Plot> plots) {
        if (plots == null) {
            return List.of();
        }
        return plots.stream().filter(Plot::wellFormed).limit(MAX_PLOTS).map(Plot::bounded).toList();
    }

    private static boolean wellFormed(Plot p) {
        return p != null && p.problemId() != null && p.curves() != null
                && p.curves().stream().allMatch(c -> c != null && c.x() != null && c.y() != null
                        && c.x().length == c.y().length);
    }

    private static String cut(String s) {
        if (s == null) {
            return "";
        }
        return s.length() <= MAX_TEXT ? s : s.substring(0, MAX_TEXT) + "...";
    }
}
