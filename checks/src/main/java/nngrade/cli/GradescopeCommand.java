package nngrade.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nngrade.checks.api.CheckSettings;
import nngrade.engine.Grader;
import nngrade.handout.HandoutBuilder;
import nngrade.problems.Catalogue;
import nngrade.lms.GradescopeAutograder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Gradescope's autograder.zip: setup.sh, run_autograder, the grader, the options baked in. */
@Command(name = "gradescope", description = "Write OUT/autograder.zip, the autograder to upload to Gradescope.")
final class GradescopeCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "OUT", description = "The folder of autograder.zip.")
    Path out;

    @Option(names = "--section", paramLabel = "S", split = ",", description = "Grade only the problems of this section (repeatable).")
    List<String> sections = new ArrayList<>();

    @Option(names = "--problem", paramLabel = "ID", description = "Grade only this problem (repeatable).")
    List<String> problems = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the generated inputs (default: ${DEFAULT-VALUE}).")
    long seed = CheckSettings.DEFAULT_SEED;

    @Option(names = "--timeout", paramLabel = "S", description = "Time limit of every check in seconds (default: each "
            + "check's own limit, derived from the reference's time on it).")
    Long checkTimeoutSeconds;

    @Option(names = "--memory", paramLabel = "MB", description = "Heap of the submission's JVM in MB (default: the grader's).")
    Integer memoryMegabytes;

    @Override
    public Integer call() throws Exception {
        if (Targets.reference().isEmpty()) {
            System.err.println("nngrade: the autograder is built from the instructor's grader, and this one is a handout");
            return 2;
        }
        try {
            Catalogue catalogue = Catalogue.load();
            ProblemSelection.resolve(catalogue, new Grader(catalogue).problemsWithChecks(), problems, sections);
        } catch (ProblemSelection.Invalid e) {
            System.err.println("nngrade gradescope: " + e.getMessage());
            return 2;
        }
        List<String> options = new ArrayList<>();
        if (!sections.isEmpty()) {
            options.addAll(List.of("--section", String.join(",", sections)));
        }
        problems.forEach(p -> options.addAll(List.of("--problem", p)));
        options.addAll(List.of("--seed", String.valueOf(seed)));
        if (checkTimeoutSeconds != null) {
            options.addAll(List.of("--timeout", String.valueOf(checkTimeoutSeconds)));
        }
        if (memoryMegabytes != null) {
            options.addAll(List.of("--memory", String.valueOf(memoryMegabytes)));
        }
        Path zip = new GradescopeAutograder(Targets.home(), HandoutBuilder.runningJar()).build(out, options);
        System.out.println("wrote " + zip + " (run_autograder grades with: check SUBMISSION --json RESULTS "
                + String.join(" ", options) + ")");
        return 0;
    }
}
