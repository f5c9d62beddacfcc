package nngrade.checks.initialization;

import static nngrade.checks.api.CheckSettings.qt;

import com.fasterxml.jackson.databind.JsonNode;
import nngrade.checks.api.Anchor;
import nngrade.checks.api.NeedsReference;
import nngrade.checks.api.ProblemId;
import nngrade.checks.api.Subjects;
import nngrade.checks.api.ValueAnchored;
import nngrade.checks.api.Weight;
import nngrade.checks.support.Expect;
import nngrade.checks.support.Gens;
import nngrade.checks.support.Raises;
import nngrade.problems.initialization.GainTable;
import nngrade.problems.initialization.Nonlinearity;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * init.gain, as torch.nn.init.calculate_gain: linear 1, sigmoid 1, tanh 5/3, relu sqrt 2,
 * leaky_relu sqrt(2/(1 + a^2)), selu 3/4.
 */
@ProblemId("init.gain")
class GainTableChecks {

    private static GainTable subject() {
        return Subjects.submission().gainTable();
    }

    @Test
    @Weight(3)
    @ValueAnchored(Anchor.EXAMPLE)
    void matchesTorchCalculateGain() {
        GainTable table = subject();
        for (JsonNode row : TorchInit.gains()) {
            Nonlinearity nl = Nonlinearity.valueOf(row.get("nonlinearity").asText());
            double param = row.get("param").asDouble();
            Expect.agrees(() -> "gain(" + nl + ", " + param + ") (torch.nn.init.calculate_gain('"
                    + nl.name().toLowerCase(java.util.Locale.ROOT) + "', " + param + "))",
                    row.get("gain").asDouble(), table.gain(nl, param));
        }
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void leakyReluGainIsSqrtOfTwoOverOnePlusTheSlopeSquared() {
        GainTable table = subject();
        qt().forAll(Gens.between(-10, 10)).checkAssert(a -> Expect.agrees(
                () -> "gain(LEAKY_RELU, " + a + ") = sqrt(2/(1 + a^2))", Math.sqrt(2 / (1 + a * a)),
                table.gain(Nonlinearity.LEAKY_RELU, a)));
    }

    @Test
    @Weight(1)
    void theSlopeMattersOnlyToLeakyRelu() {
        GainTable table = subject();
        qt().forAll(Generate.enumValues(Nonlinearity.class), Gens.between(-10, 10))
                .assuming((nl, a) -> nl != Nonlinearity.LEAKY_RELU)
                .checkAssert((nl, a) -> {
                    Expect.finite(() -> "gain(" + nl + ", 0)", table.gain(nl, 0)); // NaN would match NaN below
                    Expect.agrees(() -> "gain(" + nl + ", " + a + ") against gain(" + nl + ", 0)", table.gain(nl, 0),
                            table.gain(nl, a));
                });
    }

    @Test
    @Weight(1)
    void aNullNonlinearityIsRejected() {
        GainTable table = subject();
        Raises.that("gain(null, 0)", IllegalArgumentException.class, () -> table.gain(null, 0));
    }

    @Test
    @Weight(1)
    @NeedsReference
    void agreesWithTheReference() {
        GainTable table = subject();
        GainTable reference = Subjects.reference().gainTable();
        qt().forAll(Generate.enumValues(Nonlinearity.class), Gens.scalars()).checkAssert((nl, a) ->
                Expect.agrees(() -> "gain(" + nl + ", " + a + ")", reference.gain(nl, a), table.gain(nl, a)));
    }
}
