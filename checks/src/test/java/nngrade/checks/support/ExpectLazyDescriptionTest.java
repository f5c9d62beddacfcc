package nngrade.checks.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A description passed as a Supplier is written only when the check fails, and then the failure
 * says word for word what the same check with the description written up front says.
 */
class ExpectLazyDescriptionTest {

    private static final String WHAT = "dX for X = [[1.0, 2.0]]";

    /** A description that fails the test if it is written. */
    private static final Supplier<String> NEVER = () -> {
        throw new AssertionError("a passing check wrote its description");
    };

    @Test
    void aPassingCheckWritesNoDescription() {
        double[] v = {1, 2};
        double[][] m = {{1, 2}, {3, 4}};
        Expect.that(true, NEVER);
        Expect.near(NEVER, 1.0, 1.0, 0, 0);
        Expect.agrees(NEVER, 1.0, 1.0 + 1e-15);
        Expect.agrees(NEVER, v, v.clone());
        Expect.agrees(NEVER, m, new double[][] {{1, 2}, {3, 4}});
        Expect.near(NEVER, v, v.clone(), 0, 0);
        Expect.finite(NEVER, 1.0);
        Expect.finite(NEVER, v);
        Expect.finite(NEVER, m);
        Expect.shape(NEVER, v, new double[2]);
        Expect.notNull(NEVER, v);
    }

    @Test
    void aFailingCheckSaysWhatTheEagerFormSays() {
        double nan = Double.NaN;
        List<Failing> failures = List.of(
                new Failing(w -> Expect.that(false, w), w -> Expect.that(false, w.get())),
                new Failing(w -> Expect.near(w, 1.0, 1.5, 0, 0.1), w -> Expect.near(w.get(), 1.0, 1.5, 0, 0.1)),
                new Failing(w -> Expect.agrees(w, 1.0, nan), w -> Expect.agrees(w.get(), 1.0, nan)),
                new Failing(w -> Expect.agrees(w, new double[] {1, 2}, new double[] {1, 3}),
                        w -> Expect.agrees(w.get(), new double[] {1, 2}, new double[] {1, 3})),
                new Failing(w -> Expect.agrees(w, new double[] {1, 2}, new double[] {1}),
                        w -> Expect.agrees(w.get(), new double[] {1, 2}, new double[] {1})),
                new Failing(w -> Expect.agrees(w, new double[][] {{1, 2}}, new double[][] {{1, 9}}),
                        w -> Expect.agrees(w.get(), new double[][] {{1, 2}}, new double[][] {{1, 9}})),
                new Failing(w -> Expect.agrees(w, new double[][] {{1, 2}}, new double[][] {{1}}),
                        w -> Expect.agrees(w.get(), new double[][] {{1, 2}}, new double[][] {{1}})),
                new Failing(w -> Expect.agrees(w, new double[][] {{1, 2}}, new double[][] {{1, 2}, {3, 4}}),
                        w -> Expect.agrees(w.get(), new double[][] {{1, 2}}, new double[][] {{1, 2}, {3, 4}})),
                new Failing(w -> Expect.agrees(w, new double[][] {{1, 2}}, null),
                        w -> Expect.agrees(w.get(), new double[][] {{1, 2}}, null)),
                new Failing(w -> Expect.finite(w, new double[][] {{1}, {nan}}),
                        w -> Expect.finite(w.get(), new double[][] {{1}, {nan}})),
                new Failing(w -> Expect.finite(w, new double[] {1, nan}), w -> Expect.finite(w.get(), new double[] {1, nan})),
                new Failing(w -> Expect.finite(w, nan), w -> Expect.finite(w.get(), nan)),
                new Failing(w -> Expect.shape(w, new double[2], null), w -> Expect.shape(w.get(), new double[2], null)),
                new Failing(w -> Expect.notNull(w, null), w -> Expect.notNull(w.get(), null)));
        for (Failing f : failures) {
            String eager = assertThrows(AssertionError.class, () -> f.eager().accept(() -> WHAT)).getMessage();
            String lazy = assertThrows(AssertionError.class, () -> f.lazy().accept(() -> WHAT)).getMessage();
            assertEquals(eager, lazy);
        }
    }

    private record Failing(Consumer<Supplier<String>> lazy, Consumer<Supplier<String>> eager) {
    }
}
