package nngrade.submission;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Copies the .java files of a folder submission, following nothing: a symbolic link (to a
 * classmate's folder, the reference, /dev/zero) is not followed, a device, pipe or socket is never
 * opened, and entries and bytes are counted against {@link Intake}'s caps.
 */
final class FolderCopy extends SimpleFileVisitor<Path> {

    private final Path from;
    private final Path to;
    private final List<String> links = new ArrayList<>();
    private final List<String> odd = new ArrayList<>();
    /** Folders of the copy made so far. */
    private final Set<Path> made = new HashSet<>();
    private int entries;
    private long bytes;
    private IntakeRefused refused;

    private FolderCopy(Path from, Path to) {
        this.from = from;
        this.to = to;
    }

    /**
     * @param from  the submitted folder; not modified
     * @param to    where the .java files go, with their relative paths
     * @param notes receives a sentence per link or odd entry left out
     */
    static void copy(Path from, Path to, List<String> notes) throws IntakeRefused, IOException {
        FolderCopy visitor = new FolderCopy(from, to);
        Files.walkFileTree(from, visitor); // walkFileTree follows no link unless told to
        if (visitor.refused != null) {
            throw visitor.refused;
        }
        Intake.noteEach(visitor.links, "is a symbolic link, which nngrade does not follow: it was not graded"
                + " (submit the file itself).", notes);
        Intake.noteEach(visitor.odd, "is not a regular file (a device, pipe or socket): it was not read.", notes);
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        return count() ? FileVisitResult.CONTINUE : FileVisitResult.TERMINATE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        if (!count()) {
            return FileVisitResult.TERMINATE;
        }
        String relative = SubmissionCompiler.relative(from, file);
        if (attrs.isSymbolicLink()) {
            links.add(relative);
        } else if (attrs.isOther()) {
            odd.add(relative);
        } else if (attrs.isRegularFile() && relative.endsWith(".java")) {
            return copyCapped(file, to.resolve(relative)) ? FileVisitResult.CONTINUE : FileVisitResult.TERMINATE;
        }
        return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
        odd.add(SubmissionCompiler.relative(from, file) + " (unreadable: " + e.getClass().getSimpleName() + ")");
        return FileVisitResult.CONTINUE;
    }

    /** @return false once the submission holds more entries than allowed */
    private boolean count() {
        if (++entries > Intake.MAX_ENTRIES) {
            refused = Intake.tooManyEntries();
            return false;
        }
        return true;
    }

    /** @return false once the sources exceed the byte cap; reads at most the room left, never follows a link */
    private boolean copyCapped(Path file, Path target) throws IOException {
        SourceFiles.createParent(target, made);
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS);
                OutputStream out = Files.newOutputStream(target)) {
            long copied = ZipCopy.copyAtMost(in, out, Intake.MAX_SOURCE_BYTES - bytes);
            if (copied < 0) {
                refused = Intake.tooManyBytes();
                return false;
            }
            bytes += copied;
        }
        return true;
    }
}
