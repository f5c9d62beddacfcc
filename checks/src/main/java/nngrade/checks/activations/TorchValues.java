package nngrade.checks.activations;

import com.fasterxml.jackson.databind.JsonNode;
import nngrade.checks.support.Expect;
import nngrade.checks.support.Fixtures;
import nngrade.checks.support.Inputs;
import nngrade.checks.support.Tolerance;
import nngrade.problems.activations.Activation;
import nngrade.problems.activations.ParametricActivation;
import nngrade.problems.activations.ParametricGradients;

/**
 * The PyTorch 1.13 values of the activations (float64, derivatives by autograd), produced by
 * {@code checks/fixtures/activations_fixtures.py} into {@code activations.json}. Fixture derivatives
 * leave out the kinks: torch picks one value of the subdifferential there, while the checks accept
 * all of it.
 */
final class TorchValues {

    private static final JsonNode ACTIVATIONS = Fixtures.load("activations");

    private TorchValues() {
    }

    /** @return the fixture key of an activation at one hyperparameter, as Python's "%g": elu_0.5, elu_1 */
    static String key(String prefix, double value) {
        String v = value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
        return prefix + "_" + v;
    }

    /** @return the fixture entry of an elementwise activation, e.g. "elu_0.5" */
    static JsonNode elementwise(String key) {
        JsonNode entry = ACTIVATIONS.get("elementwise").get(key);
        if (entry == null) {
            throw new IllegalStateException("no torch fixture for " + key);
        }
        return entry;
    }

    /**
     * Fails unless f's forward agrees with torch at every fixed point of the entry.
     *
     * @param name how the message calls the function, e.g. "ELU(alpha = 0.5)"
     */
    static void assertForward(String key, String name, Activation f) {
        JsonNode entry = elementwise(key);
        double[] x = Fixtures.doubles(entry.get("x"));
        double[] y = f.forward(x.clone());
        Expect.nearAtEachPoint(name + " forward", i -> name + " at x = " + x[i] + " (torch)", Fixtures.doubles(entry.get("y")), y,
                Tolerance.AGREEMENT_REL, Tolerance.AGREEMENT_ABS);
    }

    /**
     * Fails unless f's derivative (backward with dy = 1) agrees with torch's autograd at every fixed
     * point of the entry where torch has one (the kinks are left out).
     */
    static void assertDerivative(String key, String name, Activation f) {
        JsonNode entry = elementwise(key);
        if (!entry.has("grad_x")) {
            throw new IllegalStateException("the torch fixture " + key + " has no derivatives");
        }
        double[] gx = Fixtures.doubles(entry.get("grad_x"));
        double[] d = f.backward(gx.clone(), Inputs.filled(gx.length, 1));
        Expect.nearAtEachPoint(name + " backward", i -> "derivative of " + name + " at x = " + gx[i] + " (torch autograd)",
                Fixtures.doubles(entry.get("grad")), d, Tolerance.AGREEMENT_REL, Tolerance.AGREEMENT_ABS);
    }

    /** Fails unless f's forward agrees with torch on every case of the entry. */
    static void assertParametricForward(String key, String name, String parameter, ParametricActivation f) {
        for (JsonNode c : ACTIVATIONS.get("parametric").get(key)) {
            double a = c.get("a").asDouble();
            String at = name + "(" + parameter + " = " + a + ")";
            double[] x = Fixtures.doubles(c.get("x"));
            double[] y = f.forward(x.clone(), a);
            Expect.nearAtEachPoint(at + " forward", i -> at + " at x = " + x[i] + " (torch)", Fixtures.doubles(c.get("y")), y,
                    Tolerance.AGREEMENT_REL, Tolerance.AGREEMENT_ABS);
        }
    }

    /**
     * Fails unless f's gradients agree with torch's autograd on every case of the entry: dx and the
     * summed parameter gradient dA.
     *
     * @param parameter the parameter's name in messages, e.g. "alpha"
     */
    static void assertParametricGradients(String key, String name, String parameter, ParametricActivation f) {
        for (JsonNode c : ACTIVATIONS.get("parametric").get(key)) {
            double a = c.get("a").asDouble();
            String at = name + "(" + parameter + " = " + a + ")";
            double[] gx = Fixtures.doubles(c.get("grad_x"));
            double[] dy = Fixtures.doubles(c.get("dy"));
            ParametricGradients g = f.backward(gx.clone(), a, dy.clone());
            Expect.notNull(() -> at + " backward", g);
            Expect.agrees(() -> "dx of " + at + " at x = " + java.util.Arrays.toString(gx) + ", dy = "
                    + java.util.Arrays.toString(dy) + " (torch autograd)", Fixtures.doubles(c.get("dx")), g.dx());
            Expect.agrees(() -> "d" + parameter + " of " + at + " at x = " + java.util.Arrays.toString(gx)
                    + ", dy = " + java.util.Arrays.toString(dy) + " (torch autograd)", c.get("dA").asDouble(), g.dA());
        }
    }
}
