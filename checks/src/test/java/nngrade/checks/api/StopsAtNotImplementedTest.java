package nngrade.checks.api;

import static nngrade.checks.api.CheckSettings.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import nngrade.problems.NotImplementedYet;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.generators.SourceDSL;

/** A property stops at the submission's first NotImplementedYet, and draws as ever otherwise. */
public class StopsAtNotImplementedTest {

    /** A submission's method that is not written yet: counts its calls. */
    private static final class NotWritten {
        int calls;

        double apply(double x) {
            calls++;
            throw new NotImplementedYet("act.relu");
        }
    }

    /** Inputs as the checks draw them: vectors of a few numbers, which QuickTheories can shrink. */
    private static final org.quicktheories.core.Gen<double[]> VECTORS =
            nngrade.checks.support.Gens.vectors(1, 8, nngrade.checks.support.Gens.scalars());

    @Test
    void theFirstNotImplementedYetEndsThePropertyWithoutShrinking() {
        NotWritten f = new NotWritten();
        NotImplementedYet thrown = assertThrows(NotImplementedYet.class, () -> qt()
                .forAll(VECTORS)
                .checkAssert(x -> assertTrue(f.apply(x[0]) >= 0)));
        assertEquals("act.relu", thrown.problemId());
        assertEquals(1, f.calls, "calls into the submission");
    }

    @Test
    void withoutTheStopQuickTheoriesShrinksItAgainAndAgain() {
        // the control: the same property under QuickTheories' own draws calls the submission per shrink
        NotWritten f = new NotWritten();
        assertThrows(Throwable.class, () -> QuickTheory.qt().withFixedSeed(CheckSettings.seed())
                .withExamples(CheckSettings.EXAMPLES).withShrinkCycles(CheckSettings.SHRINK_CYCLES)
                .forAll(VECTORS)
                .checkAssert(x -> assertTrue(f.apply(x[0]) >= 0)));
        assertTrue(f.calls > 10, f.calls + " calls");
    }

    @Test
    void aPropertyThatMeetsNoneDrawsExactlyWhatQuickTheoriesDraws() {
        List<Double> ours = new ArrayList<>();
        qt().forAll(SourceDSL.doubles().between(-1e6, 1e6)).checkAssert(ours::add);
        List<Double> theirs = new ArrayList<>();
        QuickTheory.qt().withFixedSeed(CheckSettings.seed()).withExamples(CheckSettings.EXAMPLES)
                .forAll(SourceDSL.doubles().between(-1e6, 1e6)).checkAssert(theirs::add);
        assertEquals(theirs, ours);
        assertTrue(ours.size() > CheckSettings.EXAMPLES / 2, ours.size() + " examples");
    }

    @Test
    void oneMadeBeforeThePropertyStartedDoesNotStopIt() {
        NotImplementedYet earlier = new NotImplementedYet("act.tanh");
        assertSame(earlier, NotImplementedYet.lastMadeOnThisThread());
        List<Double> seen = new ArrayList<>();
        qt().forAll(SourceDSL.doubles().between(-1e6, 1e6)).checkAssert(seen::add);
        List<Double> theirs = new ArrayList<>();
        QuickTheory.qt().withFixedSeed(CheckSettings.seed()).withExamples(CheckSettings.EXAMPLES)
                .forAll(SourceDSL.doubles().between(-1e6, 1e6)).checkAssert(theirs::add);
        assertEquals(theirs, seen);
    }

    @Test
    void oneMadeOnAnotherThreadDoesNotStopItButTheSubmissionsOwnStillDoes() throws InterruptedException {
        NotWritten f = new NotWritten();
        List<Double> seen = new ArrayList<>();
        NotImplementedYet thrown = assertThrows(NotImplementedYet.class, () -> qt()
                .forAll(SourceDSL.doubles().between(-1e6, 1e6)).checkAssert(x -> {
                    seen.add(x);
                    if (seen.size() == 3) {
                        onAnotherThread(() -> new NotImplementedYet("act.tanh"));
                    }
                    if (seen.size() == 6) {
                        f.apply(x);
                    }
                }));
        assertEquals("act.relu", thrown.problemId());
        assertEquals(6, seen.size(), "examples: the other thread's stopped nothing, the sixth's stopped at once");
        assertEquals(1, f.calls);
    }

    private static void onAnotherThread(Runnable r) {
        Thread t = new Thread(r);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aFailureOfAnotherKindIsStillShrunk() {
        List<Double> tried = new ArrayList<>();
        assertThrows(Throwable.class, () -> qt().forAll(SourceDSL.doubles().between(1, 1e6)).checkAssert(x -> {
            tried.add(x);
            assertTrue(x < 10);
        }));
        assertTrue(tried.size() > 2, tried.size() + " evaluations: the failing input was shrunk");
    }
}
