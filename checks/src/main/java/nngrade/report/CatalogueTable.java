package nngrade.report;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import nngrade.problems.Catalogue;
import nngrade.problems.Problem;

/** `nngrade list`: every problem of the catalogue with its points and its checks. */
public final class CatalogueTable {

    private CatalogueTable() {
    }

    /**
     * @param checks per problem id {public, instructor-only} check counts; problems absent have no
     *               checks yet
     */
    public static void print(Catalogue catalogue, Map<String, int[]> checks, PrintStream out) {
        out.printf(Locale.ROOT, "%-28s %-3s %4s  %-22s %s%n", "problem", "sec", "pts", "checks (public+instr.)", "title");
        int graded = 0;
        int points = 0;
        for (Problem p : catalogue.all()) {
            int[] c = checks.get(p.id());
            String counts = c == null ? "no checks yet" : c[0] + " + " + c[1];
            out.printf(Locale.ROOT, "%-28s %-3s %4d  %-22s %s%n", p.id(), p.section(), p.points(), counts, p.title());
            if (c != null) {
                graded++;
                points += p.points();
            }
        }
        out.printf(Locale.ROOT, "%n%d of %d problems have checks, worth %d points; problems without checks count toward no score.%n",
                graded, catalogue.all().size(), points);
    }
}
