package nngrade.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import nngrade.checks.api.CheckSettings;
import nngrade.engine.GradeReport;
import nngrade.engine.GradeRequest;
import nngrade.engine.Grader;
import nngrade.problems.Catalogue;
import nngrade.problems.Solutions;
import nngrade.report.ConsoleReport;
import nngrade.report.GradescopeJson;
import nngrade.submission.Compilation;
import nngrade.submission.CompileError;
import nngrade.submission.FallbackCompiler;
import nngrade.submission.Intake;
import nngrade.submission.IntakeRefused;
import nngrade.submission.SubmissionLoader;
import nngrade.submission.TemplateSources;
import nngrade.submission.WorkFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Runs the checks against one implementation and prints the score table. A submission is taken in
 * and compiled as `grade` does it: a folder or a .zip, a broken file set aside (its problems score
 * 0) and the rest checked. Exit code 0 when every check passed, 1 when some failed, 2 when nothing
 * could be compiled or loaded, or the command was wrong.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Run the checks against the reference, the template, or a submission (folder or .zip).")
final class CheckCommand implements Callable<Integer> {

    @Parameters(index = "0", defaultValue = "template", paramLabel = "TARGET",
            description = "reference, template (student-template/src/main/java, where a student works), "
                    + "or the path of a folder of sources or a .zip. Default: ${DEFAULT-VALUE}.")
    String target;

    @Option(names = "--problem", paramLabel = "ID", description = "Check this problem (repeatable).")
    List<String> problems = new ArrayList<>();

    @Option(names = "--section", paramLabel = "S", split = ",", description = "Check every problem of these sections, e.g. --section A,B.")
    List<String> sections = new ArrayList<>();

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the result in Gradescope's results.json format.")
    Path json;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the generated inputs (default: ${DEFAULT-VALUE}).")
    long seed = CheckSettings.DEFAULT_SEED;

    @Option(names = "--public-only", description = "Run only the public checks, as on a student's machine without the reference.")
    boolean publicOnly;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Time limit of one check, as for grade --check-timeout (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds = GradeRequest.DEFAULT_CHECK_TIMEOUT.toSeconds();

    @Override
    public Integer call() throws Exception {
        Catalogue catalogue = Catalogue.load();
        Set<String> selected;
        try {
            selected = ProblemSelection.resolve(catalogue, new Grader(catalogue).inventory().keySet(), problems, sections);
        } catch (ProblemSelection.Invalid e) {
            return usageError(e.getMessage());
        }
        if (timeoutSeconds <= 0) {
            return usageError("--timeout must be a positive number of seconds, not " + timeoutSeconds);
        }
        if (target.equals("reference")) {
            return check(Targets.reference().orElseThrow(() -> new IllegalArgumentException(
                    "this build of nngrade has no reference (a student handout)")), List.of(), selected, "the reference");
        }
        Path submission = Targets.submissionOf(target);
        if (!Files.exists(submission)) {
            return usageError("no such folder or .zip: " + submission);
        }
        try (WorkFolder work = WorkFolder.create("nngrade-check-")) {
            Intake.Taken taken = Intake.take(submission, work.newFolder("intake"));
            Compilation compiled = FallbackCompiler.compile(taken.sources(), TemplateSources.bundled(work.path()),
                    work.newFolder("compile"));
            List<String> notes = new ArrayList<>(taken.notes());
            notes.addAll(compiled.notes());
            return check(SubmissionLoader.instantiate(compiled.classes()), notes, selected, submission.toString());
        } catch (IntakeRefused | CompileError e) {
            System.err.println("nngrade: " + e.getMessage());
            return 2;
        }
    }

    private int check(Solutions subject, List<String> notes, Set<String> selected, String what) throws Exception {
        Optional<Solutions> reference = publicOnly ? Optional.empty() : Targets.reference();
        System.out.println("checking " + what + (reference.isPresent() ? "" : " (public checks only)"));
        notes.forEach(n -> System.out.println("note: " + n));
        GradeReport report = new Grader(Catalogue.load()).grade(new GradeRequest(subject, reference.orElse(null),
                selected, seed, reference.isPresent(), Duration.ofSeconds(timeoutSeconds)));
        ConsoleReport.print(report, System.out);
        if (json != null) {
            GradescopeJson.write(report, notes, json);
            System.out.println("wrote " + json);
        }
        return report.earned() == report.possible() ? 0 : 1;
    }

    private static int usageError(String sentence) {
        System.err.println("nngrade check: " + sentence);
        return 2;
    }
}
