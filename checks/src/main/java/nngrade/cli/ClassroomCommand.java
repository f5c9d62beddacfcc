package nngrade.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nngrade.checks.api.CheckSettings;
import nngrade.lms.ClassroomWorkflow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** GitHub Classroom: the autograding workflow of a student repository made from the handout. */
@Command(name = "classroom", description = "Write the GitHub Classroom autograding workflow into OUT, a handout folder "
        + "(nngrade handout OUT first) that becomes the assignment's template repository.")
final class ClassroomCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "OUT", description = "The handout folder: the student repository's root.")
    Path out;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the generated inputs (default: ${DEFAULT-VALUE}).")
    long seed = CheckSettings.DEFAULT_SEED;

    @Option(names = "--timeout", paramLabel = "S", description = "Time limit of every check in seconds (default: each "
            + "check's own limit, derived from the reference's time on it).")
    Long checkTimeoutSeconds;

    @Option(names = "--minutes", paramLabel = "M", description = "Time limit of the grading step (default: ${DEFAULT-VALUE}).")
    int minutes = 20;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(out.resolve("lib/nngrade.jar")) || !Files.isRegularFile(out.resolve("nngrade"))) {
            System.err.println("nngrade: " + out + " is not a handout folder: run nngrade handout " + out + " first");
            return 2;
        }
        List<String> options = new ArrayList<>(List.of("--seed", String.valueOf(seed)));
        if (checkTimeoutSeconds != null) {
            if (checkTimeoutSeconds <= 0) {
                System.err.println("nngrade classroom: --timeout must be a positive number of seconds");
                return 2;
            }
            options.addAll(List.of("--timeout", String.valueOf(checkTimeoutSeconds)));
        }
        Path file = ClassroomWorkflow.write(out, options, minutes);
        System.out.println("wrote " + file + ": on every push, the public checks of the problems the handout assigns, "
                + "points reported to Classroom");
        return 0;
    }
}
