package nngrade.submission;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The static fields of a compiled submission that can hold state: every static field but a
 * constant (a static final primitive or String) and what javac makes for enums, asserts and
 * switches. A submission with none gives each call the same answer whichever calls came before in
 * its JVM, so its problems may be graded in different JVMs without changing its grade; one with
 * some is graded in one JVM, in plan order, every time.
 *
 * <p>Reads javac's class files (submissions are sources: the bytes here are the compiler's, not
 * the student's), by the class-file format of the JVM specification, chapter 4: the constant
 * pool, then each field's access flags, name and descriptor.
 */
public final class StaticState {

    private static final int ACC_STATIC = 0x0008;
    private static final int ACC_FINAL = 0x0010;
    private static final int ACC_SYNTHETIC = 0x1000;
    private static final int ACC_ENUM = 0x4000;
    private static final int UTF8 = 1;

    private StaticState() {
    }

    /**
     * @param classes a folder of compiled classes; not modified
     * @return "Class.field" of every static field that can hold state, sorted
     */
    public static List<String> of(Path classes) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                // read whole, then parsed from memory: a DataInputStream on the file itself makes
                // a read system call for every byte and short of the constant pool
                byte[] bytes = Files.readAllBytes(f);
                String name = classes.relativize(f).toString().replace('\\', '/').replaceFirst("\\.class$", "");
                statefulFields(new DataInputStream(new ByteArrayInputStream(bytes))).forEach(field -> found.add(name + "." + field));
            }
        }
        return found;
    }

    /** @return the names of the class's static fields that can hold state */
    private static List<String> statefulFields(DataInputStream in) throws IOException {
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort(); // minor version
        in.readUnsignedShort(); // major version
        String[] utf8 = constantPoolStrings(in);
        in.readUnsignedShort(); // access flags
        in.readUnsignedShort(); // this class
        in.readUnsignedShort(); // super class
        in.skipNBytes(2L * in.readUnsignedShort()); // interfaces
        List<String> stateful = new ArrayList<>();
        int fields = in.readUnsignedShort();
        for (int i = 0; i < fields; i++) {
            int flags = in.readUnsignedShort();
            String name = utf8[in.readUnsignedShort()];
            String descriptor = utf8[in.readUnsignedShort()];
            skipAttributes(in);
            if ((flags & ACC_STATIC) != 0 && !constant(flags, descriptor)
                    && (flags & (ACC_SYNTHETIC | ACC_ENUM)) == 0) {
                stateful.add(name);
            }
        }
        return stateful;
    }

    /** A static final primitive or String cannot change, whatever it holds. */
    private static boolean constant(int flags, String descriptor) {
        return (flags & ACC_FINAL) != 0 && (descriptor.length() == 1 || descriptor.equals("Ljava/lang/String;"));
    }

    /** @return the constant pool's UTF-8 entries by index (null elsewhere) */
    private static String[] constantPoolStrings(DataInputStream in) throws IOException {
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case UTF8 -> utf8[i] = in.readUTF();
                case 3, 4 -> in.skipNBytes(4); // Integer, Float
                case 5, 6 -> { // Long, Double: two entries
                    in.skipNBytes(8);
                    i++;
                }
                case 7, 8, 16, 19, 20 -> in.skipNBytes(2); // Class, String, MethodType, Module, Package
                case 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4); // refs, NameAndType, (Invoke)Dynamic
                case 15 -> in.skipNBytes(3); // MethodHandle
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        return utf8;
    }

    private static void skipAttributes(DataInputStream in) throws IOException {
        int n = in.readUnsignedShort();
        for (int i = 0; i < n; i++) {
            in.readUnsignedShort();
            in.skipNBytes(in.readInt() & 0xFFFFFFFFL);
        }
    }
}
