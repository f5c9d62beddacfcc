package nngrade.checks.optimizers;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import nngrade.checks.support.Fixtures;
import nngrade.checks.support.Hyper;

/**
 * One trajectory torch.optim computed in float64 (checks/fixtures/optimizers_fixtures.py), with
 * the run that produced it.
 *
 * @param hyper          the hyperparameters, named as the check's problem names them
 * @param run            x0, the gradients (a sequence or a quadratic) and the number of steps
 * @param trajectory     rows 0..T: x0, then x after each step
 */
record TorchTrajectory(Hyper hyper, Run run, double[][] trajectory) {

    /** @return every case of the fixture file /nngrade/fixtures/NAME.json */
    static List<TorchTrajectory> load(String name) {
        List<TorchTrajectory> cases = new ArrayList<>();
        for (JsonNode c : Fixtures.load(name).get("cases")) {
            double[] x0 = Fixtures.doubles(c.get("x0"));
            int steps = c.get("steps").asInt();
            GradientField field = c.has("grads") ? new GradientSequence(Fixtures.matrix(c.get("grads")))
                    : new Quadratic(Fixtures.matrix(c.get("quadratic").get("A")),
                            Fixtures.doubles(c.get("quadratic").get("b")));
            double[][] xs = new double[steps + 1][];
            xs[0] = x0.clone();
            double[][] after = Fixtures.matrix(c.get("trajectory"));
            System.arraycopy(after, 0, xs, 1, steps);
            cases.add(new TorchTrajectory(Hyper.of(c.get("hyper")), new Run(x0, field, steps), xs));
        }
        return cases;
    }

    /** @return what torch computed, as "torch.optim.Adam(...), fixture case 2 (lr=..., ...)" */
    static String describe(String name, int index, TorchTrajectory c) {
        String torch = Fixtures.load(name).get("torch").asText();
        return torch + ", fixture case " + index + " (" + c.hyper() + ")";
    }
}
