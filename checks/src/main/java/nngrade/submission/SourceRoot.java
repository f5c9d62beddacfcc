package nngrade.submission;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where a submission's sources start: the folder that holds nngrade/student/. A Maven layout
 * (src/main/java), a bare source folder and a zip with one top folder all work; when several
 * copies are present the shallowest wins, so a backup folder deeper down is not graded instead.
 */
final class SourceRoot {

    private static final Path STUDENT_PACKAGE = Path.of("nngrade", "student");

    private SourceRoot() {
    }

    /** @return the source folder inside {@code tree}, or {@code tree} itself if no nngrade/student folder is found */
    static Path find(Path tree) throws IOException {
        try (Stream<Path> walk = Files.walk(tree)) {
            Optional<Path> student = walk.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
                            && p.endsWith(STUDENT_PACKAGE))
                    .min(Comparator.comparingInt(Path::getNameCount).thenComparing(Comparator.naturalOrder()));
            return student.map(p -> p.getParent().getParent()).orElse(tree);
        }
    }
}
