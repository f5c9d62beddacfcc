package nngrade.handout;

import java.util.HashSet;
import java.util.Set;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Cuts the instructor-only checks out of a class file: every method annotated
 * {@code @NeedsReference}, and the lambda bodies javac compiled out of it
 * ({@code lambda$NAME$N}). What is left of a check class is its public checks: the class still
 * loads, and the grading engine finds only those.
 */
public final class InstructorOnlyChecks {

    /** The annotation that marks an instructor-only check, as a class file names it. */
    public static final String NEEDS_REFERENCE = "Lnngrade/checks/api/NeedsReference;";

    private InstructorOnlyChecks() {
    }

    /** @return the names of the methods of a class file annotated {@code @NeedsReference} */
    public static Set<String> in(byte[] classFile) {
        Set<String> marked = new HashSet<>();
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                    String[] exceptions) {
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                        if (annotation.equals(NEEDS_REFERENCE)) {
                            marked.add(name);
                        }
                        return null;
                    }
                };
            }
        }, ClassReader.SKIP_CODE);
        return marked;
    }

    /** @return the class file without its instructor-only checks; the same bytes if it has none */
    public static byte[] strip(byte[] classFile) {
        Set<String> marked = in(classFile);
        if (marked.isEmpty()) {
            return classFile;
        }
        ClassReader reader = new ClassReader(classFile);
        ClassWriter writer = new ClassWriter(reader, 0);
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                    String[] exceptions) {
                return dropped(name, marked) ? null : super.visitMethod(access, name, descriptor, signature, exceptions);
            }
        }, 0);
        return writer.toByteArray();
    }

    private static boolean dropped(String method, Set<String> marked) {
        if (marked.contains(method)) {
            return true;
        }
        // javac names a lambda's body after the method it is written in: lambda$check$0
        return method.startsWith("lambda$") && marked.stream().anyMatch(m -> method.startsWith("lambda$" + m + "$"));
    }

    /** @return the internal name of a type, e.g. nngrade/checks/api/NeedsReference */
    static String internalName(Class<?> type) {
        return Type.getInternalName(type);
    }
}
