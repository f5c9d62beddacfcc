package nngrade.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nngrade.problems.Catalogue;
import nngrade.problems.Problem;
import org.junit.jupiter.api.Test;

/** The catalogue covers every section of PROBLEMS.md and every check scores a catalogued problem. */
class CatalogueConsistencyTest {

    private final Catalogue catalogue = Catalogue.load();

    @Test
    void catalogueHoldsEverySectionWithPositivePoints() {
        Map<String, Long> perSection = catalogue.all().stream()
                .collect(Collectors.groupingBy(Problem::section, Collectors.counting()));
        assertEquals(Set.of("A", "B", "C", "D", "E", "F"), perSection.keySet());
        assertEquals(20L, perSection.get("A"));
        assertEquals(21L, perSection.get("B"));
        catalogue.all().forEach(p -> assertTrue(p.points() > 0, p.id()));
        catalogue.all().forEach(p -> assertTrue(!p.formula().isEmpty() && !p.notes().isEmpty(), p.id()));
    }

    @Test
    void everyCheckScoresACataloguedProblemAndEverySectionABProblemHasChecks() {
        Map<String, int[]> inventory = new Grader(catalogue).inventory();
        inventory.keySet().forEach(id -> assertTrue(catalogue.find(id).isPresent(), id + " is not in the catalogue"));
        List<String> uncheckedAB = catalogue.all().stream()
                .filter(p -> p.section().equals("A") || p.section().equals("B"))
                .map(Problem::id)
                .filter(id -> !inventory.containsKey(id))
                .toList();
        assertEquals(List.of(), uncheckedAB);
        inventory.forEach((id, counts) -> assertTrue(counts[0] > 0, id + " has no public check"));
    }

    /** Property checks pay only as far as value-anchored ones pass: without a public one they never would for students. */
    @Test
    void everyProblemWithChecksHasAPublicValueAnchoredCheck() {
        List<PlannedCheck> plan = new Grader(catalogue).plan(null);
        Set<String> anchored = plan.stream().filter(c -> !c.needsReference() && c.anchor() != nngrade.checks.api.Anchor.NONE)
                .map(PlannedCheck::problemId).collect(Collectors.toSet());
        List<String> without = plan.stream().map(PlannedCheck::problemId).distinct()
                .filter(id -> !anchored.contains(id)).toList();
        assertEquals(List.of(), without, "problems whose checks are all properties (no worked example, fixture or closed form)");
    }

    /**
     * One class holds all of a problem's checks and names its problem: a class runs its checks in
     * order on one thread, so a problem's checks are reported in the same order when classes run
     * at once ({@link Grader#classesAtOnce}) as when they run one at a time.
     */
    @Test
    void everyProblemsChecksLiveInOneClassThatNamesIt() {
        List<CheckClassIndex.Entry> classes = Grader.scanCheckClasses();
        classes.forEach(c -> assertTrue(c.problemId() != null, c.className() + " names no problem"));
        Map<String, List<String>> byProblem = classes.stream().collect(Collectors.groupingBy(
                CheckClassIndex.Entry::problemId, Collectors.mapping(CheckClassIndex.Entry::className, Collectors.toList())));
        byProblem.forEach((id, names) -> assertEquals(1, names.size(), id + " has checks in " + names));
    }
}
