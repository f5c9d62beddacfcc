package nngrade.feedback;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.util.concurrent.atomic.AtomicLong;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * Draws plots as SVG text to put inline in a page: JFreeChart lays the chart out and draws it on
 * JFreeSVG's Graphics2D, which writes SVG elements instead of pixels. No file, no network, no
 * script: the page carries its pictures.
 */
public final class Charts {

    static final int WIDTH = 560;
    static final int HEIGHT = 300;
    /** The student's curves, in order; the correct ones are grey and dashed. */
    private static final Color[] YOURS = {new Color(0xC0392B), new Color(0x2E86C1), new Color(0xD68910),
        new Color(0x7D3C98)};
    private static final Color CORRECT = new Color(0x555555);
    /** Each SVG's ids (clip paths) get their own prefix, so several SVGs can share one page. */
    private static final AtomicLong CHARTS = new AtomicLong();

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private Charts() {
    }

    /** @return the plot as an {@code <svg>} element */
    public static String svg(Plot plot) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (Curve c : plot.curves()) {
            XYSeries s = new XYSeries(c.name(), false, true);
            for (int i = 0; i < c.x().length; i++) {
                if (!plot.logY() || c.y()[i] > 0) {
                    s.add(c.x()[i], c.y()[i]);
                }
            }
            data.addSeries(s);
        }
        JFreeChart chart = ChartFactory.createXYLineChart(plot.title(), plot.xLabel(), plot.yLabel(), data,
                PlotOrientation.VERTICAL, true, false, false);
        XYPlot xy = chart.getXYPlot();
        if (plot.logY()) {
            LogAxis log = new LogAxis(plot.yLabel());
            log.setSmallestValue(1e-300);
            log.setBase(10);
            log.setStandardTickUnits(NumberAxis.createStandardTickUnits());
            xy.setRangeAxis(log);
        } else {
            ((NumberAxis) xy.getRangeAxis()).setAutoRangeIncludesZero(false);
        }
        style(chart, xy, plot);
        return draw(chart);
    }

    /**
     * @param labels the bars' labels, left to right
     * @param counts the bars' heights
     * @return a bar chart as an {@code <svg>} element
     */
    public static String bars(String title, String xLabel, String yLabel, String[] labels, int[] counts) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < labels.length; i++) {
            data.addValue(counts[i], yLabel, labels[i]);
        }
        JFreeChart chart = ChartFactory.createBarChart(title, xLabel, yLabel, data, PlotOrientation.VERTICAL, false,
                false, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        var plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.getRenderer().setSeriesPaint(0, YOURS[1]);
        ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        // labels such as "90-100" are wider than a bar: let them spill over rather than be cut to "..."
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(1.6f);
        return draw(chart);
    }

    private static void style(JFreeChart chart, XYPlot xy, Plot plot) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        xy.setBackgroundPaint(Color.WHITE);
        xy.setDomainGridlinePaint(new Color(0xDDDDDD));
        xy.setRangeGridlinePaint(new Color(0xDDDDDD));
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setDrawSeriesLineAsPath(true); // one <path> per curve, not one <line> per segment
        int yours = 0;
        for (int i = 0; i < plot.curves().size(); i++) {
            Curve c = plot.curves().get(i);
            if (c.correct()) {
                r.setSeriesPaint(i, CORRECT);
                r.setSeriesStroke(i, new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
                        new float[] {7f, 5f}, 0f));
            } else {
                r.setSeriesPaint(i, YOURS[yours++ % YOURS.length]);
                r.setSeriesStroke(i, new BasicStroke(1.8f));
            }
            // few points (a trajectory, layers): show each one
            r.setSeriesShapesVisible(i, c.x().length <= 30);
        }
        xy.setRenderer(r);
    }

    private static String draw(JFreeChart chart) {
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        g.setDefsKeyPrefix("c" + CHARTS.incrementAndGet() + "-");
        // two decimals of a pixel are plenty on screen, and keep the page small
        g.setGeomDoubleConverter(v -> String.format(java.util.Locale.ROOT, "%.2f", v));
        g.setTransformDoubleConverter(v -> String.format(java.util.Locale.ROOT, "%.3f", v));
        chart.draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
        return g.getSVGElement();
    }
}
