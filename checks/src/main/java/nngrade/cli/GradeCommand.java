package nngrade.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import nngrade.batch.BatchGrader;
import nngrade.batch.BatchRequest;
import nngrade.batch.Limits;
import nngrade.checks.api.CheckSettings;
import nngrade.lms.PrairieLearnJson;
import nngrade.lms.ResultFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Batch grading for instructors: every submission of a folder in its own sandboxed JVM, results
 * written as they finish (rerunning resumes), then gradebook.csv and summary.txt.
 */
@Command(name = "grade", description = "Grade a folder of submissions (folders or .zip files named by student id).")
final class GradeCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SUBMISSIONS", description = "Folder with one submission per student.")
    Path submissions;

    @Option(names = "--out", required = true, paramLabel = "OUT",
            description = "Where results/<student>.json, gradebook.csv, summary.txt, report.html and feedback/<student>.html go.")
    Path out;

    @Option(names = "--jobs", paramLabel = "N", description = "Submissions graded at once (default: the number of cores).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--timeout", paramLabel = "S", description = "Wall-clock limit per submission in seconds (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds = Limits.defaults().submissionTimeout().toSeconds();

    @Option(names = "--check-timeout", paramLabel = "S", description = "Wall-clock limit of every check in seconds "
            + "(default: each check's own limit, the larger of 1 s and 20 times the reference's time on it).")
    Long checkTimeoutSeconds;

    @Option(names = "--memory", paramLabel = "M", description = "Heap of each submission's JVM in MB (default: ${DEFAULT-VALUE}).")
    int memoryMegabytes = Limits.defaults().heapMegabytes();

    @Option(names = "--force", description = "Regrade submissions that already have a result.")
    boolean force;

    @Option(names = "--problem", paramLabel = "ID", description = "Grade only this problem (repeatable).")
    List<String> problems = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the generated inputs (default: ${DEFAULT-VALUE}).")
    long seed = CheckSettings.DEFAULT_SEED;

    @Option(names = "--template", paramLabel = "DIR",
            description = "The template's sources, put in place of a file that does not compile (default: the project's student-template).")
    Path template;

    @Option(names = "--format", paramLabel = "FORMAT", description = "Also write each result in this format: "
            + "prairielearn (OUT/prairielearn/STUDENT.json, PrairieLearn's external grader results). Gradescope's "
            + "results/STUDENT.json are always written.")
    ResultFormat format = ResultFormat.GRADESCOPE;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(submissions)) {
            System.err.println("nngrade: not a folder: " + submissions);
            return 2;
        }
        Path templateSources = template != null ? template : Targets.sourcesOf("template");
        boolean instructor = Targets.reference().isPresent();
        Limits limits = new Limits(Duration.ofSeconds(timeoutSeconds),
                checkTimeoutSeconds == null ? null : Duration.ofSeconds(checkTimeoutSeconds),
                memoryMegabytes, Limits.defaults().maxRestarts());
        BatchGrader grader = new BatchGrader(templateSources, new BatchRequest(new LinkedHashSet<>(problems), seed,
                instructor), limits);
        BatchGrader.Totals totals = grader.run(submissions, out, jobs, force, System.out, System.console() != null);
        if (format == ResultFormat.PRAIRIELEARN) {
            PrairieLearnJson.writeBatch(out);
        }
        System.out.printf("done: %d graded, %d already graded; see %s%n", totals.graded(), totals.skipped(),
                out.resolve("gradebook.csv"));
        System.out.print(Files.readString(out.resolve("summary.txt")));
        return 0;
    }
}
