package nngrade.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nngrade.checks.api.CheckSettings;
import nngrade.problems.Catalogue;
import nngrade.problems.activations.Activation;
import nngrade.reference.ReferenceSolutions;
import org.junit.jupiter.api.Test;

/**
 * Checks run in-process on a thread of their own ({@link CheckThread}), kept from one check to
 * the next: a check stuck in a loop is stopped at its time limit and reported so, and the checks
 * after it run on a new thread and keep their marks. act.relu's forward spins until interrupted
 * (so the abandoned threads end), act.step is the reference's.
 */
public class CheckThreadTest {

    private static final Duration LIMIT = Duration.ofMillis(1_000);

    /** The threads each problem's calls ran on. */
    private static final Set<Thread> STEP_THREADS = ConcurrentHashMap.newKeySet();
    private static final Set<Thread> RELU_THREADS = ConcurrentHashMap.newKeySet();

    private static final class SpinningRelu extends ReferenceSolutions {
        @Override
        public Activation step() {
            Activation step = super.step();
            return new Activation() {
                @Override
                public double[] forward(double[] x) {
                    STEP_THREADS.add(Thread.currentThread());
                    return step.forward(x);
                }

                @Override
                public double[] backward(double[] x, double[] dy) {
                    STEP_THREADS.add(Thread.currentThread());
                    return step.backward(x, dy);
                }
            };
        }

        @Override
        public Activation relu() {
            Activation relu = super.relu();
            return new Activation() {
                @Override
                public double[] forward(double[] x) {
                    RELU_THREADS.add(Thread.currentThread());
                    while (!Thread.currentThread().isInterrupted()) {
                        Thread.onSpinWait();
                    }
                    return relu.forward(x);
                }

                @Override
                public double[] backward(double[] x, double[] dy) {
                    return relu.backward(x, dy);
                }
            };
        }
    }

    @Test
    void aLoopIsStoppedAtTheLimitAndTheChecksAfterItRunOnAThreadKeptForThem() {
        GradeReport report = new Grader(Catalogue.load()).grade(new GradeRequest(new SpinningRelu(),
                new ReferenceSolutions(), Set.of("act.relu", "act.step"), CheckSettings.DEFAULT_SEED, true, LIMIT));
        ProblemScore relu = score(report, "act.relu");
        ProblemScore step = score(report, "act.step");
        long stopped = relu.checks().stream().filter(c -> c.status() == CheckStatus.TIMED_OUT).count();
        assertTrue(stopped >= 3, "checks of act.relu stopped: " + stopped);
        relu.checks().stream().filter(c -> c.status() == CheckStatus.TIMED_OUT).forEach(c -> assertEquals(
                "did not finish within 1 s (an infinite loop?): the grader stopped it", c.summary()));
        assertEquals(step.possible(), step.earned(), 1e-9, "act.step keeps its marks");
        assertEquals(1, STEP_THREADS.size(), "act.step's checks ran on one thread: " + STEP_THREADS);
        assertTrue(STEP_THREADS.iterator().next().getName().startsWith("nngrade-check-"));
        assertEquals(stopped, RELU_THREADS.size(), "each stopped check's thread is replaced");
    }

    private static ProblemScore score(GradeReport report, String problem) {
        return report.scores().stream().filter(s -> s.problem().id().equals(problem)).findFirst().orElseThrow();
    }
}
