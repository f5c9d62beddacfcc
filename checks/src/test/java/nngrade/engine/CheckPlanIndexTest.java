package nngrade.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nngrade.checks.api.Anchor;
import nngrade.problems.Catalogue;
import nngrade.reference.ReferenceSolutions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plan index beside the jar: read for its own jar only, the same as discovering every check,
 * and a request's plan taken from it the same as discovering that request's checks.
 */
public class CheckPlanIndexTest {

    @TempDir
    Path dir;

    private static final List<PlannedCheck> CHECKS = List.of(
            new PlannedCheck("act.relu", "forward agrees with pytorch at fixed points", 2, false, Anchor.EXAMPLE),
            new PlannedCheck("act.relu", "agrees with the reference", 1, true, Anchor.REFERENCE),
            new PlannedCheck("act.tanh", "backward matches central differences of forward", 1, false, Anchor.NONE));

    private static final Grader GRADER = new Grader(Catalogue.load());
    private static final List<PlannedCheck> DISCOVERED = GRADER.discoverEveryCheck();

    private Path jar() throws IOException {
        return FakeJar.in(dir);
    }

    @Test
    void anIndexIsReadBackForTheJarItWasMadeFrom() throws IOException {
        Path jar = jar();
        CheckPlanIndex.write(jar.resolveSibling(CheckPlanIndex.FILE), jar, CHECKS);
        assertEquals(Optional.of(CHECKS), CheckPlanIndex.besideTheJar(jar));
    }

    @Test
    void everyDiscoveredCheckIsReadBackAsItWasDiscovered() throws IOException {
        Path jar = jar();
        CheckPlanIndex.write(jar.resolveSibling(CheckPlanIndex.FILE), jar, DISCOVERED);
        assertTrue(DISCOVERED.size() > 700, DISCOVERED.size() + " checks");
        assertEquals(Optional.of(DISCOVERED), CheckPlanIndex.besideTheJar(jar));
    }

    @Test
    void anIndexOfAnotherBuildOfTheJarIsIgnored() throws IOException {
        Path jar = jar();
        CheckPlanIndex.write(jar.resolveSibling(CheckPlanIndex.FILE), jar, CHECKS);
        FakeJar.rebuilt(jar, () -> assertEquals(Optional.empty(), CheckPlanIndex.besideTheJar(jar)));
    }

    @Test
    void checksInAFolderOrWithoutAnIndexAreDiscovered() throws IOException {
        assertEquals(Optional.empty(), CheckPlanIndex.besideTheJar(dir));
        assertEquals(Optional.empty(), CheckPlanIndex.besideTheJar(jar()));
    }

    @Test
    void aMalformedIndexIsIgnored() throws IOException {
        Path jar = jar();
        Path file = jar.resolveSibling(CheckPlanIndex.FILE);
        String good = "act.relu\tname\t1\tpublic\tNONE\n";
        for (String bad : List.of("act.relu\tname\t1\tpublic\n", "act.relu\tname\tone\tpublic\tNONE\n",
                "act.relu\tname\t1\tmaybe\tNONE\n", "act.relu\tname\t1\tpublic\tSOMEWHERE\n", "\tname\t1\tpublic\tNONE\n")) {
            CheckPlanIndex.write(file, jar, List.of());
            Files.writeString(file, Files.readString(file) + good + bad);
            assertEquals(Optional.empty(), CheckPlanIndex.besideTheJar(jar), bad);
        }
    }

    @Test
    void aNameWithATabIsRefused() throws IOException {
        Path jar = jar();
        assertThrows(IllegalArgumentException.class, () -> CheckPlanIndex.write(jar.resolveSibling(CheckPlanIndex.FILE),
                jar, List.of(new PlannedCheck("act.relu", "a\tb", 1, false, Anchor.NONE))));
    }

    /** The plans a batch's parent and an examiner ask for: a selection, public or all, some checks excluded. */
    @Test
    void aRequestsPlanFromTheIndexIsTheDiscoveryOfItsChecks() {
        List<GradeRequest> requests = List.of(
                request(Set.of(), false, Set.of()),
                request(Set.of(), true, Set.of()),
                request(Set.of("act.relu"), true, Set.of()),
                request(Set.of("optim.adam", "qn.bfgs_inverse", "init.xavier_normal"), false, Set.of()),
                request(Set.of("act.relu", "optim.adam"), true,
                        Set.of(DISCOVERED.stream().filter(c -> c.problemId().equals("optim.adam")).findFirst().orElseThrow().key())));
        for (GradeRequest r : requests) {
            List<PlannedCheck> discovered = new Grader(Catalogue.load()).plan(r); // no index in tests: discovered
            assertTrue(!discovered.isEmpty());
            assertEquals(discovered, CheckPlanIndex.select(DISCOVERED, r), r.problems() + " " + r.runsInstructorChecks());
        }
    }

    private static GradeRequest request(Set<String> problems, boolean instructor, Set<String> excluded) {
        return new GradeRequest(null, instructor ? new ReferenceSolutions() : null, problems, 1, instructor, Duration.ofSeconds(10), excluded);
    }
}
