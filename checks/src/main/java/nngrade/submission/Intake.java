package nngrade.submission;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Takes a submission in as data: a folder or a .zip becomes a private copy of its .java files,
 * with nothing followed out of it. Symbolic links, devices, pipes and sockets are never opened,
 * zip entries that would land outside are not unpacked, and a submission may hold at most
 * {@value #MAX_ENTRIES} entries and {@value #MAX_SOURCE_MEGABYTES} MB of sources, folder or zip
 * alike. What was refused on the way is said in notes.
 */
public final class Intake {

    /** Files and folders a submission may hold; the template has about 100. */
    public static final int MAX_ENTRIES = 10_000;
    /** Megabytes of .java sources a submission may hold; the template has about 0.3. */
    public static final int MAX_SOURCE_MEGABYTES = 50;
    static final long MAX_SOURCE_BYTES = (long) MAX_SOURCE_MEGABYTES << 20;
    /** Notes of one kind (links, odd entries) named before the rest are counted. */
    static final int MAX_NAMED = 10;

    private Intake() {
    }

    /**
     * A submission taken in.
     *
     * @param sources the source folder to compile (the folder holding nngrade/student/...)
     * @param notes   sentences on what was not taken in, for the student's report
     */
    public record Taken(Path sources, List<String> notes) {
        public Taken {
            notes = List.copyOf(notes);
        }
    }

    /**
     * @param submission a folder, or a .zip file; not modified. If it is itself a link (laid out
     *                   so by whoever made the batch folder) it is followed; nothing inside it is.
     * @param work       a private folder for the copy; created if missing
     * @throws IntakeRefused if there is nothing to grade: no sources, not a zip, too large
     */
    public static Taken take(Path submission, Path work) throws IntakeRefused, IOException {
        Path copy = work.resolve("submitted");
        Files.createDirectories(copy);
        List<String> notes = new ArrayList<>();
        try {
            submission = submission.toRealPath();
        } catch (NoSuchFileException e) {
            throw new IntakeRefused(SubmissionStatus.NO_SOURCES, "the submission is a link to nothing.");
        }
        if (Files.isDirectory(submission, LinkOption.NOFOLLOW_LINKS)) {
            FolderCopy.copy(submission, copy, notes);
        } else if (isZip(submission)) {
            ZipCopy.unpack(submission, copy, notes);
        } else {
            throw new IntakeRefused(SubmissionStatus.NO_SOURCES, "the submission is neither a folder nor a .zip file.");
        }
        if (SubmissionCompiler.javaFiles(copy).isEmpty()) {
            throw new IntakeRefused(SubmissionStatus.NO_SOURCES, "the submission holds no .java file: submit the"
                    + " template's source folder (nngrade/student/...) with your work in it.");
        }
        return new Taken(SourceRoot.find(copy), notes);
    }

    /** @return whether a path names a regular file ending in .zip, in any case */
    private static boolean isZip(Path p) {
        return Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    /** Adds one note per item up to {@value #MAX_NAMED}, then one that counts the rest. */
    static void noteEach(List<String> items, String what, List<String> notes) {
        items.stream().limit(MAX_NAMED).forEach(i -> notes.add(shown(i) + " " + what));
        if (items.size() > MAX_NAMED) {
            notes.add((items.size() - MAX_NAMED) + " more entries " + what);
        }
    }

    /** Longest name quoted in a note; a name is the student's to choose. */
    static final int MAX_NAME = 200;

    /** @return a name as a note quotes it: control characters as '?', at most {@value #MAX_NAME} characters */
    public static String shown(String name) {
        String printable = name.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return printable.length() <= MAX_NAME ? printable : printable.substring(0, MAX_NAME - 3) + "...";
    }

    static IntakeRefused tooManyEntries() {
        return new IntakeRefused(SubmissionStatus.TOO_LARGE, "the submission holds more than " + MAX_ENTRIES
                + " files and folders: submit only the source folder.");
    }

    static IntakeRefused tooManyBytes() {
        return new IntakeRefused(SubmissionStatus.TOO_LARGE, "the submission holds more than "
                + MAX_SOURCE_MEGABYTES + " MB of .java sources.");
    }
}
