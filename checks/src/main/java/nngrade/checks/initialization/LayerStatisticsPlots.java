package nngrade.checks.initialization;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nngrade.feedback.Curve;
import nngrade.feedback.Plot;
import nngrade.feedback.Probe;
import nngrade.problems.Solutions;
import nngrade.problems.initialization.FanMode;
import nngrade.problems.initialization.Initializer;
import nngrade.problems.initialization.Nonlinearity;

/**
 * The picture of an initializer that lost points: the notes' experiment ({@link DeepNetwork}, 10
 * layers of 500 units fed unit-Gaussian data) with the student's weights, and the standard
 * deviation of the activations layer by layer against the same network with weights drawn from the
 * law the problem states (N(0, std^2) or U(-b, b), the closed form its public checks test against).
 * The scale is logarithmic: a collapse toward 0 or a blow-up is a straight line.
 */
public final class LayerStatisticsPlots implements Probe {

    /** The seed salt of the pictures' runs, apart from the checks' own. */
    private static final long SALT = 790;
    /** tanh's gain, 5/3, for the Xavier runs (as in the checks' experiments). */
    private static final double TANH_GAIN = 5.0 / 3;
    private static final int N = DeepNetwork.WIDTH;

    /**
     * @param shown the initializer as the page names it
     * @param make  the student's initializer
     * @param unit  the network's nonlinearity
     * @param law   the weights' distribution the problem states
     */
    private record Case(String shown, Function<Solutions, Initializer> make, Unit unit, Law law) {
    }

    /** A weight distribution to draw the correct network from. */
    private record Law(String shown, double std, boolean uniform) {
        static Law gaussian(double std) {
            return new Law("N(0, " + String.format(java.util.Locale.ROOT, "%.4g", std) + "^2)", std, false);
        }

        /** U(-b, b), whose standard deviation is b/sqrt(3). */
        static Law uniform(double bound) {
            return new Law("U(-" + String.format(java.util.Locale.ROOT, "%.4g", bound) + ", "
                    + String.format(java.util.Locale.ROOT, "%.4g", bound) + ")", bound / Math.sqrt(3), true);
        }

        Initializer initializer() {
            double bound = std * Math.sqrt(3);
            return (fanOut, fanIn, random) -> {
                double[][] w = new double[fanOut][fanIn];
                for (double[] row : w) {
                    for (int j = 0; j < row.length; j++) {
                        row[j] = uniform ? bound * (2 * random.nextDouble() - 1) : std * random.nextGaussian();
                    }
                }
                return w;
            };
        }
    }

    private static final Map<String, Case> CASES = cases();

    @Override
    public Set<String> problems() {
        return CASES.keySet();
    }

    @Override
    public List<Plot> plots(String problemId, Solutions submission, Solutions reference) {
        return List.of(plot(problemId, submission, reference));
    }

    private Plot plot(String problemId, Solutions submission, Solutions reference) {
        Case c = CASES.get(problemId);
        LayerStatistics correct = DeepNetwork.run(c.law().initializer(), c.unit(), false, SALT).activations();
        LayerStatistics yours = DeepNetwork.run(c.make().apply(submission), c.unit(), false, SALT).activations();
        double[] layer = new double[DeepNetwork.LAYERS];
        for (int l = 0; l < layer.length; l++) {
            layer[l] = l + 1;
        }
        return new Plot(problemId, "10 " + c.unit().name().toLowerCase(java.util.Locale.ROOT)
                + " layers of 500 units: std of the activations", "layer", "std of h (log scale)", true,
                List.of(Curve.correct("weights ~ " + c.law().shown(), layer, correct.std()),
                        Curve.yours("your " + c.shown(), layer, yours.std())),
                "The notes' experiment: unit-Gaussian inputs through 10 layers, weights of every layer from "
                        + "the initializer. Yours should follow the grey line.");
    }

    private static Map<String, Case> cases() {
        Map<String, Case> m = new LinkedHashMap<>();
        m.put("init.small_random", new Case("init.small_random", Solutions::smallRandomInit, Unit.TANH,
                Law.gaussian(0.01)));
        m.put("init.unit_random", new Case("init.unit_random", Solutions::unitRandomInit, Unit.TANH,
                Law.gaussian(1)));
        m.put("init.lecun", new Case("init.lecun", Solutions::lecunInit, Unit.LINEAR, Law.gaussian(Math.sqrt(1.0 / N))));
        m.put("init.xavier_normal", new Case("init.xavier_normal (gain 5/3)", s -> s.xavierNormalInit(TANH_GAIN),
                Unit.TANH, Law.gaussian(TANH_GAIN * Math.sqrt(2.0 / (N + N)))));
        m.put("init.xavier_uniform", new Case("init.xavier_uniform (gain 5/3)", s -> s.xavierUniformInit(TANH_GAIN),
                Unit.TANH, Law.uniform(TANH_GAIN * Math.sqrt(6.0 / (N + N)))));
        m.put("init.kaiming_normal", new Case("init.kaiming_normal (relu, fan_in)",
                s -> s.kaimingNormalInit(0, FanMode.FAN_IN, Nonlinearity.RELU), Unit.RELU,
                Law.gaussian(Math.sqrt(2.0 / N))));
        m.put("init.kaiming_uniform", new Case("init.kaiming_uniform (relu, fan_in)",
                s -> s.kaimingUniformInit(0, FanMode.FAN_IN, Nonlinearity.RELU), Unit.RELU,
                Law.uniform(Math.sqrt(6.0 / N))));
        return m;
    }
}
