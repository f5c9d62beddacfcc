package nngrade.examiner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The submission's JVM holds nothing a submission could use: its class path is the host module and
 * the contract, and no class of the reference, the checks, the engine or a test library is in it.
 */
class HostClassPathTest {

    private static final List<String> FORBIDDEN = List.of("nngrade/reference/", "nngrade/checks/", "nngrade/engine/",
            "nngrade/examiner/", "nngrade/batch/", "org/junit/", "org/quicktheories/");

    @Test
    void theHostClassPathHoldsOnlyTheHostAndTheContract() throws IOException {
        List<String> classes = new ArrayList<>();
        for (Path entry : HostLaunch.HostClassPath.entries()) {
            classes.addAll(classesIn(entry));
        }
        assertTrue(classes.contains("nngrade/host/HostMain.class"), "the call server is there");
        assertTrue(classes.contains("nngrade/problems/Solutions.class"), "the contract is there");
        List<String> forbidden = classes.stream().filter(c -> FORBIDDEN.stream().anyMatch(c::startsWith)).toList();
        assertEquals(List.of(), forbidden);
        assertTrue(classes.stream().allMatch(c -> c.startsWith("nngrade/host/") || c.startsWith("nngrade/problems/")),
                "nothing but nngrade.host and nngrade.problems");
    }

    private static List<String> classesIn(Path entry) throws IOException {
        if (Files.isDirectory(entry)) {
            try (Stream<Path> walk = Files.walk(entry)) {
                return walk.filter(p -> p.toString().endsWith(".class"))
                        .map(p -> entry.relativize(p).toString().replace('\\', '/')).toList();
            }
        }
        try (JarFile jar = new JarFile(entry.toFile())) {
            return jar.stream().map(e -> e.getName()).filter(n -> n.endsWith(".class")).toList();
        }
    }
}
