package nngrade.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Rewrites the class files of the grader's jar that are older than Java 6 (major version below
 * 50) as Java 8 class files, their stack-map frames computed by ASM. Package time only.
 *
 * <p>Why: picocli, commons-math3 and ASM itself are compiled for Java 5, and Java 17's class-data
 * archive leaves such classes out (it cannot archive what the old verifier checks). So every run of
 * the grader loaded and verified 174 picocli classes from the jar, and the checks' commons-math
 * classes likewise. Measured on {@code check template --problem act.relu}, six runs each
 * alternating: a median of 1.05 s before, 0.96 s after. Nothing else changes: the same
 * instructions, now verified by the type-checking verifier with the frames ASM computes. ASM
 * refuses code it cannot give frames (the JSR and RET of very old compilers), and the build fails:
 * it does not ship a half-done jar.
 */
public final class OldClassFiles {

    /** Java 6's major version: the first the class-data archive takes. */
    static final int FIRST_ARCHIVED = 50;

    private OldClassFiles() {
    }

    /** @param args the jar, rewritten in place */
    public static void main(String[] args) throws IOException {
        Path jar = Path.of(args[0]);
        Path next = Files.createTempFile(jar.toAbsolutePath().getParent(), ".upgrading-", ".jar");
        int upgraded;
        try {
            upgraded = upgrade(jar, next);
            Files.move(next, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(next); // left only if the rewrite failed: the jar is then as it was
        }
        System.out.println(upgraded + " class files older than Java 6 rewritten as Java 8 in " + jar);
    }

    /**
     * @param from a jar; not modified
     * @param to   the same jar, entry for entry in the same order, its old class files rewritten; overwritten
     * @return how many class files were rewritten
     */
    static int upgrade(Path from, Path to) throws IOException {
        int upgraded = 0;
        try (ZipFile in = new ZipFile(from.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (Enumeration<? extends ZipEntry> entries = in.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                byte[] bytes;
                try (InputStream s = in.getInputStream(entry)) {
                    bytes = s.readAllBytes();
                }
                if (isOldClass(entry, bytes)) {
                    bytes = asJava8(bytes);
                    upgraded++;
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(entry.getTime());
                out.putNextEntry(copy);
                out.write(bytes);
                out.closeEntry();
            }
        }
        return upgraded;
    }

    /** A class file's major version is the big-endian short at bytes 6 and 7, after the magic and the minor version. */
    static boolean isOldClass(ZipEntry entry, byte[] bytes) {
        return entry.getName().endsWith(".class") && !entry.getName().startsWith("META-INF/")
                && bytes.length > 8 && (((bytes[6] & 0xff) << 8) | (bytes[7] & 0xff)) < FIRST_ARCHIVED;
    }

    /** @return the class with version 52 and frames computed (COMPUTE_FRAMES also computes max stack and locals) */
    static byte[] asJava8(byte[] classFile) {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES);
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName,
                    String[] interfaces) {
                super.visit(Opcodes.V1_8, access, name, signature, superName, interfaces);
            }
        }, 0);
        return writer.toByteArray();
    }
}
