import java.nio.file.Path;
import java.util.Set;
import nngrade.checks.api.CheckSettings;
import nngrade.engine.GradeReport;
import nngrade.engine.GradeRequest;
import nngrade.engine.Grader;
import nngrade.problems.Catalogue;
import nngrade.problems.Solutions;
import nngrade.submission.SubmissionLoader;

/**
 * The floor of batch grading: the same checks on the same submissions in ONE warm JVM, no
 * isolation at all (what the isolated batch is compared with). Runs every submission given
 * ROUNDS times and prints the time of the last round per submission and in all.
 *
 * Usage: java -cp checks/target/nngrade.jar bench/Floor.java ROUNDS SUBMISSION...
 * (submissions that loop or exit, like examples/submissions/eve, are left out by the caller).
 */
public class Floor {
    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        Grader grader = new Grader(Catalogue.load());
        Solutions reference = (Solutions) Class.forName("nngrade.reference.ReferenceSolutions")
                .getDeclaredConstructor().newInstance();
        double total = 0;
        for (int round = 1; round <= rounds; round++) {
            total = 0;
            for (int i = 1; i < args.length; i++) {
                Solutions s;
                Path classes = java.nio.file.Files.createTempDirectory("nngrade-floor-");
                try {
                    s = SubmissionLoader.load(Path.of(args[i]), classes);
                } catch (nngrade.submission.CompileError e) { // the floor grades what compiles as it is
                    if (round == rounds) {
                        System.out.println("  " + Path.of(args[i]).getFileName() + ": left out, it does not compile as it is");
                    }
                    delete(classes);
                    continue;
                }
                long t = System.nanoTime();
                GradeReport r = grader.grade(new GradeRequest(s, reference, Set.of(), CheckSettings.DEFAULT_SEED, true,
                        GradeRequest.DEFAULT_CHECK_TIMEOUT));
                double seconds = (System.nanoTime() - t) / 1e9;
                delete(classes);
                total += seconds;
                if (round == rounds) {
                    System.out.printf("  %-40s %6.2f s  %.2f points%n", Path.of(args[i]).getFileName(), seconds, r.earned());
                }
            }
        }
        System.out.printf("floor (round %d, one warm JVM, in-process): %.2f s for %d submissions, %.2f s each%n",
                rounds, total, args.length - 1, total / (args.length - 1));
        System.exit(0);
    }

    /** Removes a submission's compiled classes once graded, so that the benchmark leaves nothing in /tmp. */
    private static void delete(Path folder) throws java.io.IOException {
        try (var walk = java.nio.file.Files.walk(folder)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.delete(p);
            }
        }
    }
}
