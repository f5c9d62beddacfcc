package nngrade.examiner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Set;
import nngrade.checks.api.CheckSettings;
import nngrade.engine.CheckObserver;
import nngrade.engine.CheckResult;
import nngrade.engine.GradeRequest;
import nngrade.engine.Grader;
import nngrade.engine.Rehearsal;
import nngrade.problems.Catalogue;
import nngrade.problems.Solutions;

/**
 * Makes, when the grader is packaged, the predicted calls of every check under the default seed
 * and writes them beside the jar ({@link ShippedPredictions}): each check is rehearsed exactly as
 * an examiner would before its first submission, with the reference standing in.
 *
 * <p>Usage: {@code PredictionsAtPackage OUTPUT JAR}, run from that jar.
 */
public final class PredictionsAtPackage {

    private PredictionsAtPackage() {
    }

    public static void main(String[] args) throws IOException {
        Solutions reference = ExaminerMain.referenceIfPresent();
        if (reference == null) {
            throw new IllegalStateException("predicting calls needs the reference");
        }
        Grader grader = new Grader(Catalogue.load());
        int[] checks = new int[2];
        long[] bytes = new long[1];
        try (ShippedPredictions.Writer file = new ShippedPredictions.Writer(Path.of(args[0]), Path.of(args[1]))) {
            String[] title = new String[1];
            CheckObserver naming = new CheckObserver() {
                @Override
                public void started(String problemId, String checkName) {
                    title[0] = problemId + ": " + checkName;
                }

                @Override
                public void finished(CheckResult r) {
                    title[0] = null;
                }
            };
            Rehearsal rehearsal = new Rehearsal() {
                @Override
                public void before(Runnable check) {
                    var calls = PredictedCalls.of(check, reference, reference);
                    checks[0]++;
                    if (calls.isEmpty() || title[0] == null) {
                        return;
                    }
                    try {
                        file.add(PredictedCalls.key(title[0]), calls);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    checks[1]++;
                    bytes[0] += calls.stream().mapToLong(c -> c.length).sum();
                }

                @Override
                public boolean diverged() {
                    return false;
                }

                @Override
                public void beforeRerun() {
                }

                @Override
                public void after() {
                }
            };
            grader.grade(new GradeRequest(reference, reference, Set.of(), CheckSettings.DEFAULT_SEED, true,
                    GradeRequest.DEFAULT_CHECK_TIMEOUT), naming, Set.of(), rehearsal);
        }
        System.out.printf("predicted calls of %d of %d checks (%.1f MB) written to %s%n", checks[1], checks[0],
                bytes[0] / 1e6, args[0]);
        System.exit(0); // checks may leave threads behind
    }
}
