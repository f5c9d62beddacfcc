package nngrade.cli;

import java.util.concurrent.Callable;
import nngrade.engine.Grader;
import nngrade.problems.Catalogue;
import nngrade.report.CatalogueTable;
import picocli.CommandLine.Command;

/** Prints the catalogue: every problem, its points, and how many public and instructor-only checks it has. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List every problem with its points and checks.")
final class ListCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        Catalogue catalogue = Catalogue.load();
        CatalogueTable.print(catalogue, new Grader(catalogue).inventory(), System.out);
        return 0;
    }
}
