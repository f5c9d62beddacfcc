package nngrade.submission;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Unpacks the .java entries of a zip submission. Entry names are read as UTF-8 and, if they are
 * not UTF-8 (zips made on Windows write their names in the OEM code page without saying so), as
 * IBM437, the zip format's original encoding, which reads any bytes; the report says so. An entry
 * whose name is absolute or climbs out with ".." is not unpacked, and entries and unpacked bytes
 * count against {@link Intake}'s caps, so a zip bomb stops at the cap.
 */
final class ZipCopy {

    /** The zip format's original name encoding (APPNOTE.TXT, appendix D). */
    private static final Charset ZIP_DEFAULT = Charset.forName("IBM437");

    private ZipCopy() {
    }

    static void unpack(Path zip, Path to, List<String> notes) throws IntakeRefused, IOException {
        try {
            unpack(zip, to, StandardCharsets.UTF_8, notes);
        } catch (IllegalArgumentException notUtf8) {
            SourceFiles.deleteTree(to);
            Files.createDirectories(to);
            try {
                unpack(zip, to, ZIP_DEFAULT, notes);
            } catch (IllegalArgumentException e) {
                throw notAZip("an entry name is marked as UTF-8 but is not");
            }
            notes.add(0, "the zip's entry names are not UTF-8, so they were read as " + ZIP_DEFAULT.name()
                    + ", the zip format's old default; a file whose name is not plain ASCII may not match its class.");
        }
    }

    private static void unpack(Path zip, Path to, Charset names, List<String> notes) throws IntakeRefused, IOException {
        List<String> outside = new ArrayList<>();
        int entries = 0;
        long bytes = 0;
        boolean any = false;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip), names)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                any = true;
                if (++entries > Intake.MAX_ENTRIES) {
                    throw Intake.tooManyEntries();
                }
                if (e.isDirectory() || !e.getName().endsWith(".java")) {
                    continue;
                }
                Path target = inside(to, e.getName());
                if (target == null) {
                    outside.add(e.getName());
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (OutputStream out = Files.newOutputStream(target)) {
                    long copied = copyAtMost(in, out, Intake.MAX_SOURCE_BYTES - bytes);
                    if (copied < 0) {
                        throw Intake.tooManyBytes();
                    }
                    bytes += copied;
                }
            }
        } catch (ZipException | EOFException e) {
            throw notAZip("it is damaged (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
        }
        if (!any) {
            throw notAZip("no entries: an empty zip, or a file of another kind named .zip");
        }
        Intake.noteEach(outside, "would unpack outside the submission (an absolute path or '..'): it was not"
                + " unpacked.", notes);
    }

    /** @return where an entry goes, or null if its name would put it outside {@code to} */
    private static Path inside(Path to, String name) {
        String portable = name.replace('\\', '/'); // old Windows tools wrote backslashes
        try {
            Path target = to.resolve(portable).normalize();
            return !portable.startsWith("/") && target.startsWith(to) ? target : null;
        } catch (InvalidPathException e) {
            return null; // a name no file can have here, e.g. one with a NUL byte
        }
    }

    /**
     * Copies at most {@code room} bytes.
     *
     * @return the number of bytes copied, or -1 if the input holds more than {@code room}
     */
    static long copyAtMost(InputStream in, OutputStream out, long room) throws IOException {
        byte[] buffer = new byte[8192];
        long copied = 0;
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            copied += n;
            if (copied > room) {
                return -1;
            }
            out.write(buffer, 0, n);
        }
        return copied;
    }

    private static IntakeRefused notAZip(String why) {
        return new IntakeRefused(SubmissionStatus.NOT_A_ZIP, "the .zip cannot be read as a zip archive, " + why
                + "; make it again with your system's zip tool and resubmit.");
    }
}
