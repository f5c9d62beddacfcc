package nngrade.checks.initialization;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import nngrade.checks.support.Fixtures;
import nngrade.problems.initialization.FanMode;
import nngrade.problems.initialization.Nonlinearity;

/**
 * The cases of the fixture init-torch.json (checks/fixtures/init_fixtures.py): for a shape and
 * hyperparameters, the exact bound or std that torch.nn.init 1.13 passes to
 * Tensor.uniform_(-bound, bound) or Tensor.normal_(0, std).
 */
final class TorchInit {

    private static final String FIXTURE = "init-torch";

    private TorchInit() {
    }

    /** @return the xavier_uniform_ cases */
    static List<InitCase> xavierUniform() {
        return xavier("xavier_uniform");
    }

    /** @return the xavier_normal_ cases */
    static List<InitCase> xavierNormal() {
        return xavier("xavier_normal");
    }

    /** @return the kaiming_uniform_ cases */
    static List<InitCase> kaimingUniform() {
        return kaiming("kaiming_uniform");
    }

    /** @return the kaiming_normal_ cases */
    static List<InitCase> kaimingNormal() {
        return kaiming("kaiming_normal");
    }

    /** @return the calculate_gain rows: nonlinearity, param, gain */
    static JsonNode gains() {
        return Fixtures.load(FIXTURE).get("gains");
    }

    private static List<InitCase> xavier(String key) {
        List<InitCase> cases = new ArrayList<>();
        for (JsonNode row : Fixtures.load(FIXTURE).get(key)) {
            double gain = row.get("gain").asDouble();
            boolean uniform = key.endsWith("uniform");
            Setup setup = new Setup((uniform ? "xavierUniformInit(" : "xavierNormalInit(") + gain + ")",
                    s -> uniform ? s.xavierUniformInit(gain) : s.xavierNormalInit(gain),
                    row.get("fan_out").asInt(), row.get("fan_in").asInt());
            cases.add(new InitCase(setup, law(row), "torch.nn.init." + key + "_"));
        }
        return cases;
    }

    private static List<InitCase> kaiming(String key) {
        List<InitCase> cases = new ArrayList<>();
        for (JsonNode row : Fixtures.load(FIXTURE).get(key)) {
            double a = row.get("a").asDouble();
            FanMode mode = FanMode.valueOf(row.get("mode").asText());
            Nonlinearity nl = Nonlinearity.valueOf(row.get("nonlinearity").asText());
            boolean uniform = key.endsWith("uniform");
            Setup setup = new Setup((uniform ? "kaimingUniformInit(" : "kaimingNormalInit(") + a + ", " + mode
                    + ", " + nl + ")",
                    s -> uniform ? s.kaimingUniformInit(a, mode, nl) : s.kaimingNormalInit(a, mode, nl),
                    row.get("fan_out").asInt(), row.get("fan_in").asInt());
            cases.add(new InitCase(setup, law(row), "torch.nn.init." + key + "_"));
        }
        return cases;
    }

    private static WeightLaw law(JsonNode row) {
        return row.has("bound") ? new WeightLaw.Uniform(row.get("bound").asDouble())
                : new WeightLaw.Gaussian(row.get("std").asDouble());
    }
}
