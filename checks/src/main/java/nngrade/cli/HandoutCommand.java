package nngrade.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import nngrade.engine.Grader;
import nngrade.handout.HandoutBuilder;
import nngrade.problems.Catalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The student bundle: the contract, the template, the public checks and a launcher, no answers. */
@Command(name = "handout", description = "Build the student bundle (no reference, no instructor-only check) in OUT.")
final class HandoutCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "OUT", description = "The folder to build it in (zip it to post it).")
    Path out;

    @Option(names = "--section", paramLabel = "S", split = ",", description = "Assign only the problems of this section (A to F; "
            + "repeatable). Default: every problem with checks.")
    List<String> sections = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        if (Targets.reference().isEmpty()) {
            System.err.println("nngrade: a handout is built from the instructor's grader, and this one is a handout");
            return 2;
        }
        try {
            Catalogue catalogue = Catalogue.load();
            ProblemSelection.resolve(catalogue, new Grader(catalogue).inventory().keySet(), List.of(), sections);
        } catch (ProblemSelection.Invalid e) {
            System.err.println("nngrade handout: " + e.getMessage());
            return 2;
        }
        HandoutBuilder.Built built = new HandoutBuilder(Targets.home(), HandoutBuilder.runningJar(),
                new LinkedHashSet<>(sections)).build(out);
        System.out.printf("wrote the handout to %s: %d problems assigned, %d classes, %d instructor-only checks cut out%n",
                out.toAbsolutePath(), built.assigned().size(), built.classes(), built.checksCut());
        System.out.println("students run: ./nngrade check template   (see " + out.resolve("README.md") + ")");
        return 0;
    }
}
