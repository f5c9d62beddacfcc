package nngrade.checks.initialization;

import static nngrade.checks.api.CheckSettings.qt;

import java.util.Random;
import nngrade.checks.api.Anchor;
import nngrade.checks.api.NeedsReference;
import nngrade.checks.api.ProblemId;
import nngrade.checks.api.Subjects;
import nngrade.checks.api.ValueAnchored;
import nngrade.checks.api.Weight;
import nngrade.checks.support.Expect;
import nngrade.problems.Solutions;
import nngrade.problems.initialization.Initializer;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** init.zeros: W = 0, and the symmetry problem it causes. */
@ProblemId("init.zeros")
class ZerosInitChecks extends InitializerContract {

    @Override
    protected Initializer of(Solutions s) {
        return s.zerosInit();
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void everyWeightIsZero() {
        Initializer init = subject();
        qt().forAll(Generate.range(1, 30), Generate.range(1, 30)).checkAssert((fanOut, fanIn) -> {
            String what = "initialize(" + fanOut + ", " + fanIn + ", random)";
            double[][] w = Weights.draw(what, init, fanOut, fanIn, new Random(fanOut * 31L + fanIn));
            for (int i = 0; i < fanOut; i++) {
                for (int j = 0; j < fanIn; j++) {
                    Expect.that(w[i][j] == 0, what + ": w[" + i + "][" + j + "] = " + w[i][j] + ", expected 0");
                }
            }
        });
    }

    /** See {@link TwoLayerNet} for exactly what is asserted. */
    @Test
    @Weight(3)
    void withZeroWeightsEveryHiddenUnitGetsTheSameGradientAtEveryStep() {
        new TwoLayerNet(subject(), Seeds.random(600)).assertHiddenUnitsStayIdentical();
    }

    @Test
    @Weight(1)
    @NeedsReference
    void agreesWithTheReferenceOnGeneratedShapes() {
        Initializer mine = subject();
        Initializer theirs = of(Subjects.reference());
        qt().forAll(Generate.range(0, 30), Generate.range(0, 30)).checkAssert((fanOut, fanIn) -> {
            String what = "initialize(" + fanOut + ", " + fanIn + ", random)";
            double[][] expected = theirs.initialize(fanOut, fanIn, new Random(1));
            double[][] actual = Weights.draw(what, mine, fanOut, fanIn, new Random(1));
            // compared as numbers, not bits (Arrays.deepEquals): W = 0 * randn gives -0.0, a zero weight as 0.0 is
            Expect.near(what + ", against the reference's zeros", expected, actual, 0, 0);
        });
    }
}
