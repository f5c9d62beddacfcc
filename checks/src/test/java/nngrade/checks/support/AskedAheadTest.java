package nngrade.checks.support;

import static nngrade.checks.api.CheckSettings.qt;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nngrade.checks.api.CheckSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link AskedAhead}: the examples drawn ahead are the property's own, in order, and answers taken
 * from it leave the property's verdict and its shrunk example as asking live gives them.
 */
class AskedAheadTest {

    private final long seedBefore = CheckSettings.seed();

    @AfterEach
    void restoreSeed() {
        CheckSettings.seed(seedBefore);
    }

    /** Arrays of 1 to 6 elements, as the checks draw vectors: a value with content, not identity. */
    private static Gen<double[]> vectors() {
        return Gens.vectors(1, 6, Gens.between(-3, 3));
    }

    @Test
    void drawsTheExamplesThePropertyMeetsInOrder() {
        for (long seed : new long[] {1, 20260101, 987654321}) {
            CheckSettings.seed(seed);
            List<double[]> drawn = AskedAhead.drawn(vectors());
            List<double[]> met = new ArrayList<>();
            qt().forAll(vectors()).checkAssert(met::add);
            assertEquals(met.size(), drawn.size(), "seed " + seed);
            assertTrue(met.size() > 10, "a property meets more than a few examples");
            for (int i = 0; i < met.size(); i++) {
                assertArrayEquals(met.get(i), drawn.get(i), "seed " + seed + ", example " + i);
            }
        }
    }

    @Test
    void takesTheAnswersInOrderAndAsksLiveFromTheFirstExampleNotDrawn() {
        AskedAhead<Integer, String> ahead = new AskedAhead<>(List.of(1, 2, 3), List.of("a", "b", "c"), Integer::equals);
        assertEquals(Optional.of("a"), ahead.take(1));
        assertEquals(Optional.of("b"), ahead.take(2));
        assertEquals(Optional.empty(), ahead.take(7), "not the next example drawn");
        assertEquals(Optional.empty(), ahead.take(3), "once left, the drawn order is not taken up again");
    }

    @Test
    void nothingAskedAheadAnswersNothing() {
        assertEquals(Optional.empty(), AskedAhead.<Integer, String>none().take(1));
    }

    @Test
    void refusesAnswersThatAreNotOnePerExample() {
        assertThrows(IllegalArgumentException.class, () -> new AskedAhead<>(List.of(1, 2), List.of("a"), Integer::equals));
    }

    /**
     * A property that fails at some example: the verdict and the shrunk example QuickTheories
     * reports are the same whether its answers (here the sum of the vector, the "submission")
     * were asked ahead or live, since shrinking asks live.
     */
    @Test
    void aFailingPropertyShrinksToTheSameExampleAsAskingLive() {
        Function<double[], Double> submission = v -> Arrays.stream(v).sum();
        for (long seed : new long[] {3, 20260101}) {
            CheckSettings.seed(seed);
            List<double[]> drawn = AskedAhead.drawn(vectors());
            AskedAhead<double[], Double> ahead = new AskedAhead<>(drawn, drawn.stream().map(submission).toList(),
                    Arrays::equals);
            AssertionError live = assertThrows(AssertionError.class, () -> qt().forAll(vectors())
                    .checkAssert(v -> assertTrue(submission.apply(v) < 4, "sum below 4")));
            AssertionError taken = assertThrows(AssertionError.class, () -> qt().forAll(vectors())
                    .checkAssert(v -> assertTrue(ahead.take(v).orElseGet(() -> submission.apply(v)) < 4, "sum below 4")));
            assertEquals(live.getMessage(), taken.getMessage(), "seed " + seed);
        }
    }
}
