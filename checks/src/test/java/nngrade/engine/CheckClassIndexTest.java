package nngrade.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nngrade.problems.Catalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index of check classes beside the jar: read for its own jar only, and the same as a scan. */
public class CheckClassIndexTest {

    @TempDir
    Path dir;

    private static final List<CheckClassIndex.Entry> ENTRIES = List.of(
            new CheckClassIndex.Entry("nngrade.checks.activations.ReluChecks", "act.relu"),
            new CheckClassIndex.Entry("nngrade.checks.activations.TanhChecks", "act.tanh"));

    private Path jar() throws IOException {
        return FakeJar.in(dir);
    }

    @Test
    void anIndexIsReadBackForTheJarItWasMadeFrom() throws IOException {
        Path jar = jar();
        CheckClassIndex.write(jar.resolveSibling(CheckClassIndex.FILE), jar, ENTRIES);
        assertEquals(Optional.of(ENTRIES), CheckClassIndex.besideTheJar(jar));
    }

    @Test
    void anIndexOfAnotherBuildOfTheJarIsIgnored() throws IOException {
        Path jar = jar();
        CheckClassIndex.write(jar.resolveSibling(CheckClassIndex.FILE), jar, ENTRIES);
        FakeJar.rebuilt(jar, () -> assertEquals(Optional.empty(), CheckClassIndex.besideTheJar(jar)));
    }

    @Test
    void checksInAFolderOrWithoutAnIndexAreScanned() throws IOException {
        assertEquals(Optional.empty(), CheckClassIndex.besideTheJar(dir));
        assertEquals(Optional.empty(), CheckClassIndex.besideTheJar(jar()));
    }

    @Test
    void aMalformedIndexIsIgnored() throws IOException {
        Path jar = jar();
        Path file = jar.resolveSibling(CheckClassIndex.FILE);
        CheckClassIndex.write(file, jar, ENTRIES);
        Files.writeString(file, Files.readString(file) + "nngrade.checks.Broken\n");
        assertEquals(Optional.empty(), CheckClassIndex.besideTheJar(jar));
    }

    @Test
    void aClassThatNamesNoProblemIsRefused() throws IOException {
        Path jar = jar();
        assertThrows(IllegalStateException.class, () -> CheckClassIndex.write(jar.resolveSibling(CheckClassIndex.FILE),
                jar, List.of(new CheckClassIndex.Entry("nngrade.checks.Nameless", null))));
    }

    @Test
    void theScanNamesAProblemForEveryClassAndTheProblemsWithChecksAreTheInventorys() {
        List<CheckClassIndex.Entry> scanned = Grader.scanCheckClasses();
        assertTrue(scanned.size() > 90, scanned.size() + " classes");
        scanned.forEach(e -> assertTrue(e.problemId() != null, e.className()));
        Grader grader = new Grader(Catalogue.load());
        assertEquals(grader.inventory().keySet(), grader.problemsWithChecks());
    }
}
