package nngrade.checks.optimizers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nngrade.checks.api.ProblemId;
import nngrade.checks.support.Tolerance;
import nngrade.feedback.Curve;
import nngrade.feedback.Plot;
import nngrade.feedback.Probe;
import nngrade.problems.Solutions;

/**
 * The picture of an optimizer that lost points: its trajectory against torch.optim's on the
 * fixture runs the public check compares with ({@link TorchTrajectory}). The run shown is the first
 * where the student's leaves torch's by more than the check's tolerance ({@link Trajectory}), and
 * the coordinate shown is the first that leaves it; where every run agrees, the first run's first
 * coordinate is shown and the failure lies elsewhere.
 */
public final class TrajectoryPlots implements Probe {

    private static final Map<String, OptimizerContract> CHECKS = checks();

    @Override
    public Set<String> problems() {
        return CHECKS.keySet();
    }

    @Override
    public List<Plot> plots(String problemId, Solutions submission, Solutions reference) {
        return List.of(plot(problemId, submission, reference));
    }

    private Plot plot(String problemId, Solutions submission, Solutions reference) {
        OptimizerContract checks = CHECKS.get(problemId);
        List<TorchTrajectory> cases = TorchTrajectory.load(checks.fixture());
        int shownCase = 0;
        int coordinate = 0;
        int step = -1;
        double[][] shown = null;
        for (int k = 0; k < cases.size() && step < 0; k++) {
            TorchTrajectory c = cases.get(k);
            double[][] yours = Trajectory.follow(checks.of(submission, c.hyper()), c.run());
            int[] at = departure(c.trajectory(), yours);
            if (k == 0 || at != null) {
                shownCase = k;
                shown = yours;
                if (at != null) {
                    step = at[0];
                    coordinate = at[1];
                }
            }
        }
        TorchTrajectory c = cases.get(shownCase);
        double[] t = new double[c.trajectory().length];
        double[] torch = new double[t.length];
        double[] yours = new double[t.length];
        for (int s = 0; s < t.length; s++) {
            t[s] = s;
            torch[s] = c.trajectory()[s][coordinate];
            yours[s] = shown[s][coordinate];
        }
        String torchName = TorchTrajectory.describe(checks.fixture(), shownCase, c);
        String note = step < 0
                ? "Your trajectories agree with torch's on every fixture run: the failure is elsewhere (see the checks below)."
                : String.format(Locale.ROOT, "Fixture case %d (%s): yours leaves torch's at step %d, coordinate x[%d].",
                        shownCase, c.hyper(), step, coordinate);
        return new Plot(problemId, "x[" + coordinate + "] per step: yours against torch.optim", "step t",
                "x[" + coordinate + "]", false,
                List.of(Curve.correct(torchName.split(",")[0], t, torch), Curve.yours("yours", t, yours)), note);
    }

    /** @return {step, coordinate} where actual first leaves the check's tolerance around expected, or null */
    private static int[] departure(double[][] expected, double[][] actual) {
        double[] scale = Trajectory.scales(expected);
        for (int s = 1; s < expected.length; s++) {
            for (int i = 0; i < scale.length; i++) {
                if (!Tolerance.close(expected[s][i], actual[s][i], Trajectory.REL, Trajectory.REL * scale[i])) {
                    return new int[] {s, i};
                }
            }
        }
        return null;
    }

    private static Map<String, OptimizerContract> checks() {
        Map<String, OptimizerContract> m = new LinkedHashMap<>();
        for (OptimizerContract c : List.of(new SgdChecks(), new MomentumSutskeverChecks(), new MomentumEmaChecks(),
                new MomentumTorchChecks(), new NesterovChecks(), new NesterovShiftedChecks(), new AdaGradChecks(),
                new RmsPropChecks(), new AdamChecks(), new AmsGradChecks(), new AdamWChecks(),
                new WeightDecayChecks())) {
            m.put(c.getClass().getAnnotation(ProblemId.class).value(), c);
        }
        return m;
    }
}
