package nngrade.checks.initialization;

import static nngrade.checks.api.CheckSettings.qt;

import java.util.Arrays;
import java.util.Random;
import nngrade.checks.api.Subjects;
import nngrade.checks.api.Weight;
import nngrade.checks.support.Expect;
import nngrade.checks.support.Miss;
import nngrade.checks.support.Raises;
import nngrade.problems.Solutions;
import nngrade.problems.initialization.Initializer;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * The checks every initializer must pass, written once: the shape (fan_out, fan_in) of
 * torch.nn.Linear's weight, a fresh matrix, the documented degenerate shapes, and
 * reproducibility from the caller's generator. A concrete class names its problem with
 * {@code @ProblemId} and says how to get the initializer from a {@link Solutions}.
 */
public abstract class InitializerContract {

    /** @return this problem's initializer, in a typical configuration */
    protected abstract Initializer of(Solutions solutions);

    protected final Initializer subject() {
        return of(Subjects.submission());
    }

    @Test
    @Weight(1)
    void everyCallReturnsItsOwnFanOutByFanInMatrix() {
        Initializer init = subject();
        qt().forAll(Generate.range(1, 12), Generate.range(1, 12)).checkAssert((fanOut, fanIn) -> {
            String what = "initialize(" + fanOut + ", " + fanIn + ", random)";
            double[][] w = Weights.draw(what, init, fanOut, fanIn, new Random(1));
            double[][] again = Weights.draw(what, init, fanOut, fanIn, new Random(1));
            for (int i = 0; i < fanOut; i++) {
                if (w[i] == again[i]) {
                    throw new AssertionError(what + ": two calls returned the same row array " + i + ": "
                            + aliasing("row " + i + " of the first call's matrix", w[i], "of the second call's", again[i])
                            + "; every call must return a new matrix");
                }
                for (int k = 0; k < i; k++) {
                    if (w[i] == w[k]) {
                        throw new AssertionError(what + ": rows " + k + " and " + i + " are the same array: "
                                + aliasing("row " + k, w[k], "row " + i, w[i]) + "; every row must be its own array");
                    }
                }
            }
        });
    }

    /**
     * @return what writing into one of two arrays that are the same array does to the other, in
     *     the words of every miss: the other's first entry moves by 1
     */
    private static String aliasing(String written, double[] a, String other, double[] b) {
        double before = b[0];
        a[0] += 1;
        return "adding 1 to " + written + "[0] changed " + other + "[0] from " + before + " to " + b[0] + ": "
                + Miss.by(before, b[0], 0);
    }

    @Test
    @Weight(1)
    void emptyShapesGiveEmptyMatricesAndNegativeFansAreRejected() {
        Initializer init = subject();
        Random random = Seeds.random(1);
        Weights.requireShape("initialize(0, 5, random)", init.initialize(0, 5, random), 0, 5);
        Weights.requireShape("initialize(4, 0, random)", init.initialize(4, 0, random), 4, 0);
        Weights.requireShape("initialize(0, 0, random)", init.initialize(0, 0, random), 0, 0);
        Raises.that("initialize(-1, 3, random)", IllegalArgumentException.class, () -> init.initialize(-1, 3, random));
        Raises.that("initialize(3, -1, random)", IllegalArgumentException.class, () -> init.initialize(3, -1, random));
    }

    @Test
    @Weight(1)
    void theSameSeedGivesTheSameWeights() {
        Initializer init = subject();
        qt().forAll(Generate.range(1, 20), Generate.range(1, 20), Generate.longRange(0, Long.MAX_VALUE))
                .checkAssert((fanOut, fanIn, seed) -> {
                    String what = "initialize(" + fanOut + ", " + fanIn + ", new Random(" + seed + "))";
                    double[][] first = Weights.draw(what, init, fanOut, fanIn, new Random(seed));
                    double[][] second = Weights.draw(what, init, fanOut, fanIn, new Random(seed));
                    Expect.finite(what, first); // deepEquals finds NaN equal to NaN
                    int differ = 0;
                    for (int i = 0; i < fanOut; i++) {
                        for (int j = 0; j < fanIn; j++) {
                            differ += first[i][j] == second[i][j] ? 0 : 1;
                        }
                    }
                    Expect.that(Arrays.deepEquals(first, second), what + " twice gave different weights "
                            + Miss.share(differ, fanOut * fanIn, "entries")
                            + ": draw every random number from the generator you are given");
                });
    }
}
