package nngrade.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One compile worker serves submission after submission; one that died between two submissions
 * is replaced, and the submission it would have taken compiles as if nothing had happened.
 */
class CompileWorkersTest {

    private static final Path CAROL = Path.of("../examples/submissions/carol").toAbsolutePath().normalize();

    @TempDir
    Path work;

    @Test
    void oneWarmWorkerServesOneSubmissionAfterAnother() throws Exception {
        try (CompileWorkers workers = new CompileWorkers(Limits.defaults())) {
            for (int i = 0; i < 3; i++) {
                CompileWorker.Answer a = workers.compile(CAROL, Submissions.TEMPLATE,
                        Files.createDirectories(work.resolve("w" + i)), 60_000);
                assertNull(a.error());
            }
            assertEquals(1, workers.workers());
        }
    }

    @Test
    void aWorkerThatDiedBetweenSubmissionsIsReplaced() throws Exception {
        try (CompileWorkers workers = new CompileWorkers(Limits.defaults())) {
            CompileWorker.Answer first = workers.compile(CAROL, Submissions.TEMPLATE,
                    Files.createDirectories(work.resolve("first")), 60_000);
            assertNull(first.error());
            List<ProcessHandle> compilers = ProcessHandle.current().children()
                    .filter(p -> p.info().commandLine().orElse("").contains(CompileWorker.class.getName())).toList();
            assertEquals(1, compilers.size());
            compilers.get(0).destroyForcibly();
            compilers.get(0).onExit().get();

            CompileWorker.Answer second = workers.compile(CAROL, Submissions.TEMPLATE,
                    Files.createDirectories(work.resolve("second")), 60_000);
            assertNull(second.error(), "the dead worker was replaced, not used");
            assertEquals(first.setAside(), second.setAside());
            assertTrue(Files.isDirectory(Path.of(second.classes())));
            assertEquals(1, workers.workers());
        }
    }
}
