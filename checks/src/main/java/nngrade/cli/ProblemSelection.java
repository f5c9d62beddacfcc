package nngrade.cli;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nngrade.problems.Catalogue;
import nngrade.problems.Problem;

/**
 * What `--problem ID` (repeatable) and `--section A,B` select: the problems named plus every
 * problem of the sections named. Nothing named selects every problem that has checks.
 */
final class ProblemSelection {

    private ProblemSelection() {
    }

    /** A selection that names something that does not exist, or nothing that can be graded. */
    static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;

        Invalid(String sentence) {
            super(sentence);
        }
    }

    /**
     * @param withChecks ids of the problems that have checks
     * @return the selected problem ids in catalogue order; empty when nothing was named (all)
     * @throws Invalid for an unknown id or section, or a selection without a single check
     */
    static Set<String> resolve(Catalogue catalogue, Set<String> withChecks, List<String> problems, List<String> sections)
            throws Invalid {
        for (String id : problems) {
            if (catalogue.find(id).isEmpty()) {
                throw new Invalid("unknown problem id '" + id + "' (see nngrade list)");
            }
        }
        Set<String> known = new TreeSet<>(catalogue.all().stream().map(Problem::section).toList());
        for (String s : sections) {
            if (!known.contains(s)) {
                throw new Invalid("unknown section '" + s + "' (the sections are " + String.join(", ", known) + ")");
            }
        }
        Set<String> selected = new LinkedHashSet<>();
        for (Problem p : catalogue.all()) {
            if (problems.contains(p.id()) || sections.contains(p.section())) {
                selected.add(p.id());
            }
        }
        if (!selected.isEmpty() && selected.stream().noneMatch(withChecks::contains)) {
            throw new Invalid("none of the problems selected has checks yet (see nngrade list)");
        }
        return selected;
    }
}
