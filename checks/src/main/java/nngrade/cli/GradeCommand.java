package nngrade.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import nngrade.batch.BatchGrader;
import nngrade.batch.BatchRefused;
import nngrade.batch.BatchRequest;
import nngrade.batch.Limits;
import nngrade.checks.api.CheckSettings;
import nngrade.engine.GradeRequest;
import nngrade.engine.Grader;
import nngrade.lms.PrairieLearnJson;
import nngrade.lms.ResultFormat;
import nngrade.problems.Catalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Batch grading for instructors: every submission of a folder graded in isolation, results written
 * as they finish, a rerun regrading exactly what changed, then gradebook.csv and summary.txt. Every
 * option is checked before anything is written: a wrong one exits with 2 and a sentence.
 */
@Command(name = "grade", mixinStandardHelpOptions = true,
        description = "Grade a folder of submissions (folders or .zip files named by student id).")
final class GradeCommand implements Callable<Integer> {

    /**
     * The smallest heap --memory accepts. bench/memory-floor.sh measured the checks themselves
     * giving the reference full marks with a 33 MB heap and failing with 31 MB (JDK 17, serial
     * collector); the floor leaves about as much again for the submission and the JIT.
     */
    static final int MEMORY_FLOOR_MB = 64;

    @Parameters(index = "0", paramLabel = "SUBMISSIONS", description = "Folder with one submission per student.")
    Path submissions;

    @Option(names = "--out", required = true, paramLabel = "OUT",
            description = "Where results/, gradebook.csv, summary.txt, report.html and feedback/ go; not inside SUBMISSIONS.")
    Path out;

    @Option(names = "--jobs", paramLabel = "N", description = "Submissions graded at once, at least 1 (default: the number of cores).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--timeout", paramLabel = "S", description = "Wall-clock limit per submission in seconds (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds = Limits.defaults().submissionTimeout().toSeconds();

    @Option(names = "--check-timeout", paramLabel = "S", description = "Limit of every check in seconds, as for "
            + "check --timeout (default: each check's own limit, the larger of 2 s and 20 times the "
            + "reference's time on it, plus 20 us per call into the submission and 150 us per call that crosses alone).")
    Long checkTimeoutSeconds;

    @Option(names = "--memory", paramLabel = "MB", description = "Heap of each submission's JVM in MB, at least "
            + MEMORY_FLOOR_MB + " (default: ${DEFAULT-VALUE}).")
    int memoryMegabytes = Limits.defaults().heapMegabytes();

    @Option(names = "--force", description = "Regrade every submission, even those whose result is up to date.")
    boolean force;

    @Option(names = "--student", paramLabel = "ID", description = "Regrade only this student (repeatable): a folder's name, or a zip's without .zip.")
    List<String> students = new ArrayList<>();

    @Option(names = "--problem", paramLabel = "ID", description = "Grade this problem (repeatable).")
    List<String> problems = new ArrayList<>();

    @Option(names = "--section", paramLabel = "S", split = ",", description = "Grade every problem of these sections, e.g. --section A,B.")
    List<String> sections = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the generated inputs (default: ${DEFAULT-VALUE}).")
    long seed = CheckSettings.DEFAULT_SEED;

    @Option(names = "--template", paramLabel = "DIR",
            description = "The template's sources, put in place of a file that does not compile (default: the template built into nngrade).")
    Path template;

    @Option(names = "--format", paramLabel = "FORMAT", converter = ResultFormatConverter.class, description = "Also write each result in this format: "
            + "prairielearn (OUT/prairielearn/STUDENT.json, PrairieLearn's external grader results). Gradescope's "
            + "results/STUDENT.json are always written.")
    ResultFormat format = ResultFormat.GRADESCOPE;

    @Override
    public Integer call() throws Exception {
        List<String> wrong = wrongOptions();
        Set<String> selected = Set.of();
        Catalogue catalogue = Catalogue.load();
        try {
            selected = ProblemSelection.resolve(catalogue, new Grader(catalogue).problemsWithChecks(), problems, sections);
        } catch (ProblemSelection.Invalid e) {
            wrong.add(e.getMessage());
        }
        if (format == ResultFormat.CLASSROOM) {
            wrong.add("--format classroom is a runner's result for one repository (check --json); grade writes "
                    + "gradescope or prairielearn");
        }
        if (!wrong.isEmpty()) {
            wrong.forEach(w -> System.err.println("nngrade grade: " + w));
            return 2;
        }
        Limits limits = new Limits(Duration.ofSeconds(timeoutSeconds),
                checkTimeoutSeconds == null ? null : Duration.ofSeconds(checkTimeoutSeconds),
                memoryMegabytes, Limits.defaults().maxRestarts());
        BatchRequest request = new BatchRequest(selected, seed, Targets.reference().isPresent());
        BatchGrader.Totals totals;
        try {
            totals = new BatchGrader(request, limits, template).run(submissions, out,
                    new BatchGrader.Options(jobs, force, new LinkedHashSet<>(students)), System.out,
                    System.console() != null);
        } catch (BatchRefused e) {
            System.err.println("nngrade grade: " + e.getMessage());
            return 2;
        }
        if (format == ResultFormat.PRAIRIELEARN) {
            PrairieLearnJson.writeBatch(out);
        }
        System.out.printf("done: %d graded, %d up to date, %d submission(s); see %s%n", totals.graded(),
                totals.upToDate(), totals.total(), out.resolve("gradebook.csv"));
        System.out.print(Files.readString(out.resolve("summary.txt")));
        return 0;
    }

    /** @return a sentence per option that cannot be right; none are acted on before all are checked */
    private List<String> wrongOptions() {
        List<String> wrong = new ArrayList<>();
        if (!Files.isDirectory(submissions)) {
            wrong.add("SUBMISSIONS is not a folder: " + submissions);
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            wrong.add("--out is a file, not a folder: " + out);
        }
        if (timeoutSeconds <= 0) {
            wrong.add("--timeout must be a positive number of seconds, not " + timeoutSeconds);
        }
        if (checkTimeoutSeconds != null && checkTimeoutSeconds <= 0) {
            wrong.add("--check-timeout must be a positive number of seconds, not " + checkTimeoutSeconds);
        }
        if (jobs < 1) {
            wrong.add("--jobs must be at least 1, not " + jobs);
        }
        if (memoryMegabytes < MEMORY_FLOOR_MB) {
            wrong.add("--memory must be at least " + MEMORY_FLOOR_MB + " MB, not " + memoryMegabytes
                    + ": the checks themselves need about 33 MB of heap, and a correct submission would lose points");
        }
        if (template != null && !Files.isDirectory(template)) {
            wrong.add("--template is not a folder: " + template);
        }
        return wrong;
    }
}
