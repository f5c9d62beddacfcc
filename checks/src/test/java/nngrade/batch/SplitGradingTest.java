package nngrade.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import nngrade.checks.api.CheckSettings;
import nngrade.engine.GradeReport;
import nngrade.engine.Grader;
import nngrade.feedback.Plot;
import nngrade.problems.Catalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A submission graded by its own examiner with another examiner taking problems it has not
 * begun gets exactly the grade it gets from its own examiner alone: every check's status and
 * text, and the pictures of the problems that lost points. Carol (examples/) fails act.elu's
 * derivative, so a picture is drawn; her activations are many problems, so there is plenty to
 * hand over.
 */
class SplitGradingTest {

    private static final Path CAROL = Path.of("../examples/submissions/carol").toAbsolutePath().normalize();
    private static final Limits LIMITS = Limits.defaults();
    private static final BatchRequest ACTIVATIONS = new BatchRequest(Set.copyOf(Catalogue.load().all().stream()
            .map(p -> p.id()).filter(id -> id.startsWith("act.")).toList()), CheckSettings.DEFAULT_SEED, true);

    @TempDir
    Path work;

    /** What a check's outcome says, without its time (which differs from run to run). */
    private static List<String> outcomes(GradeReport report) {
        return report.scores().stream().flatMap(p -> p.checks().stream())
                .map(c -> c.key() + " | " + c.status() + " | " + c.summary() + " | " + c.detail()).toList();
    }

    private static List<String> pictures(List<Plot> plots) {
        return plots.stream().map(p -> p.problemId() + " | " + p.title() + " | " + p.curves().size()).toList();
    }

    private static IsolatedGrading grading() {
        Grader grader = new Grader(Catalogue.load());
        return new IsolatedGrading(grader, ACTIVATIONS, LIMITS,
                grader.plan(ACTIVATIONS.withoutSubmission(LIMITS.checkTimeoutOrDefault())));
    }

    /** Another examiner that keeps offering to help a grading, as a batch's idle job does, until stopped. */
    private static final class Lender extends Thread {
        final AtomicBoolean offered = new AtomicBoolean();
        final AtomicBoolean helped = new AtomicBoolean();
        private final AtomicBoolean over = new AtomicBoolean();
        private final IsolatedGrading grading;
        private final GradingSlot slot;

        Lender(IsolatedGrading grading, GradingSlot slot) {
            this.grading = grading;
            this.slot = slot;
            start();
        }

        @Override
        public void run() {
            try {
                while (!over.get()) {
                    offered.compareAndSet(false, grading.unbegun() > 0);
                    helped.compareAndSet(false, grading.help(slot));
                    Thread.sleep(5);
                }
            } catch (InterruptedException e) {
                // the test is over
            }
        }

        void stopAndWait() throws InterruptedException {
            over.set(true);
            join();
        }
    }

    @Test
    void aSubmissionGradedInOneJvmIsNeverShared() throws Exception {
        try (GradingSlot own = new GradingSlot(ExaminerJit.QUICK); GradingSlot other = new GradingSlot(ExaminerJit.QUICK);
                CompileWorkers compilers = new CompileWorkers(LIMITS)) {
            Path classes = Path.of(compilers.compile(CAROL, Submissions.TEMPLATE, work, 60_000).classes());
            IsolatedGrading alone = grading();
            alone.inOneJvm();
            Lender lender = new Lender(alone, other);
            IsolatedGrading.Outcome outcome = alone.grade(classes, own, 600_000, List.of());
            lender.stopAndWait();
            assertFalse(lender.helped.get(), "no other examiner took any of its problems");
            assertFalse(lender.offered.get(), "none was offered");
            assertTrue(outcome.report().earned() > 0);
        }
    }

    @Test
    void anExaminerThatTakesProblemsChangesNoGrade() throws Exception {
        try (GradingSlot own = new GradingSlot(ExaminerJit.QUICK); GradingSlot other = new GradingSlot(ExaminerJit.QUICK);
                CompileWorkers compilers = new CompileWorkers(LIMITS)) {
            CompileWorker.Answer compiled = compilers.compile(CAROL, Submissions.TEMPLATE, work, 60_000);
            assertNull(compiled.error());
            Path classes = Path.of(compiled.classes());
            IsolatedGrading.Outcome alone = grading().grade(classes, own, 600_000, List.of());

            IsolatedGrading split = grading();
            Lender lender = new Lender(split, other);
            IsolatedGrading.Outcome together = split.grade(classes, own, 600_000, List.of());
            lender.stopAndWait();

            assertTrue(lender.helped.get(), "the other examiner took problems");
            assertEquals(outcomes(alone.report()), outcomes(together.report()));
            assertEquals(alone.report().earned(), together.report().earned());
            assertFalse(alone.plots().isEmpty(), "act.elu lost points: its picture is drawn");
            assertEquals(pictures(alone.plots()), pictures(together.plots()));
            assertEquals(alone.layers(), together.layers());
            assertTrue(Stream.of(together.events(), alone.events()).allMatch(List::isEmpty), together.events().toString());
            assertNotNull(together.usage());
        }
    }
}
