package nngrade.checks.initialization;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nngrade.checks.api.CheckSettings;
import nngrade.problems.initialization.FanMode;
import nngrade.problems.initialization.Nonlinearity;
import nngrade.reference.ReferenceSolutions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a test of the checks but the experiment behind the margins quoted in {@link Spread} and the
 * thresholds of the deep-network checks: runs each of them with the reference initializers under
 * many seeds and prints the distribution of the measured quantity. Takes minutes, so it runs only
 * on request:
 *
 * <pre>
 *   mvn -pl checks -am test -Dtest=SpreadSimulationTest -Dsurefire.failIfNoSpecifiedTests=false \
 *       -DargLine="-Dnngrade.simulate.seeds=200"
 * </pre>
 */
@EnabledIfSystemProperty(named = "nngrade.simulate.seeds", matches = "[0-9]+")
class SpreadSimulationTest {

    @Test
    void printTheDistributionOfEveryDeepNetworkStatistic() {
        int seeds = Integer.getInteger("nngrade.simulate.seeds");
        long previous = CheckSettings.seed();
        ReferenceSolutions ref = new ReferenceSolutions();
        FanMode in = FanMode.FAN_IN;
        Nonlinearity relu = Nonlinearity.RELU;
        Map<String, List<Double>> m = new LinkedHashMap<>();
        for (int s = 0; s < seeds; s++) {
            CheckSettings.seed(1000 + s);
            var kn = DeepNetwork.run(ref.kaimingNormalInit(0, in, relu), Unit.RELU, true, 750);
            add(m, "kaimingN fwd spread", kn.preActivations().spread(0, 9));
            add(m, "kaimingN bwd spread", kn.gradients().spread(0, 9));
            var ku = DeepNetwork.run(ref.kaimingUniformInit(0, in, relu), Unit.RELU, true, 750);
            add(m, "kaimingU fwd spread", ku.preActivations().spread(0, 9));
            add(m, "kaimingU bwd spread", ku.gradients().spread(0, 9));
            var xt = DeepNetwork.run(ref.xavierNormalInit(5.0 / 3), Unit.TANH, false, 730);
            add(m, "xavierN tanh spread", xt.activations().spread(0, 9));
            var xl = DeepNetwork.run(ref.xavierNormalInit(1), Unit.LINEAR, true, 740);
            add(m, "xavierN lin fwd spread", xl.activations().spread(0, 9));
            add(m, "xavierN lin bwd spread", xl.gradients().spread(0, 9));
            var le = DeepNetwork.run(ref.lecunInit(), Unit.LINEAR, false, 720);
            double worst = 1;
            for (double v : le.activations().std()) {
                double r = v / le.input().std()[0];
                worst = Math.max(worst, Math.max(r, 1 / r));
            }
            add(m, "lecun worst ratio to input", worst);
            var sm = DeepNetwork.run(ref.smallRandomInit(), Unit.TANH, false, 700);
            double maxStep = 0;
            double[] st = sm.activations().std();
            for (int l = 1; l < st.length; l++) {
                maxStep = Math.max(maxStep, st[l] / st[l - 1]);
            }
            add(m, "small max step ratio", maxStep);
            add(m, "small last std", st[9]);
            var un = DeepNetwork.run(ref.unitRandomInit(), Unit.TANH, false, 710);
            double minSat = 1;
            for (double v : un.saturated()) {
                minSat = Math.min(minSat, v);
            }
            add(m, "unit min saturated", minSat);
        }
        CheckSettings.seed(previous);
        m.forEach(SpreadSimulationTest::print);
    }

    /** Prints mean, min, max of the values and the mean and standard deviation of their logs. */
    private static void print(String what, List<Double> v) {
        double mean = v.stream().mapToDouble(d -> d).average().orElse(0);
        double logMean = v.stream().mapToDouble(Math::log).average().orElse(0);
        double squares = v.stream().mapToDouble(d -> Math.pow(Math.log(d) - logMean, 2)).sum();
        double logSd = Math.sqrt(squares / (v.size() - 1));
        double min = v.stream().mapToDouble(d -> d).min().orElse(0);
        double max = v.stream().mapToDouble(d -> d).max().orElse(0);
        System.out.printf("%-28s n=%d mean %.4g min %.4g max %.4g | log mean %.4f log sd %.4f%n",
                what, v.size(), mean, min, max, logMean, logSd);
    }

    private static void add(Map<String, List<Double>> m, String k, double v) {
        m.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
    }
}
