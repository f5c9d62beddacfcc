package nngrade.examiner;

import java.util.Map;
import java.util.function.Function;
import nngrade.problems.NotImplementedYet;

/**
 * Rebuilds in the examiner what a submission threw in its JVM: the same type for the exceptions a
 * contract documents or a student's code commonly throws (so a check expecting an
 * IllegalArgumentException sees one), NotImplementedYet with its problem id, and for any other
 * type a {@link SubmittedThrowable} naming it. The class name comes from an untrusted process:
 * it is looked up in this table, never loaded.
 */
final class RemoteThrowables {

    private static final Map<String, Function<String, Throwable>> KNOWN = Map.ofEntries(
            Map.entry("java.lang.IllegalArgumentException", IllegalArgumentException::new),
            Map.entry("java.lang.IllegalStateException", IllegalStateException::new),
            Map.entry("java.lang.ArithmeticException", ArithmeticException::new),
            Map.entry("java.lang.NullPointerException", NullPointerException::new),
            Map.entry("java.lang.ArrayIndexOutOfBoundsException", ArrayIndexOutOfBoundsException::new),
            Map.entry("java.lang.IndexOutOfBoundsException", IndexOutOfBoundsException::new),
            Map.entry("java.lang.StringIndexOutOfBoundsException", StringIndexOutOfBoundsException::new),
            Map.entry("java.lang.NegativeArraySizeException", NegativeArraySizeException::new),
            Map.entry("java.lang.UnsupportedOperationException", UnsupportedOperationException::new),
            Map.entry("java.lang.ClassCastException", ClassCastException::new),
            Map.entry("java.lang.ArrayStoreException", ArrayStoreException::new),
            Map.entry("java.lang.NumberFormatException", NumberFormatException::new),
            Map.entry("java.lang.SecurityException", SecurityException::new),
            Map.entry("java.security.AccessControlException", SecurityException::new),
            Map.entry("java.lang.RuntimeException", RuntimeException::new),
            Map.entry("java.lang.StackOverflowError", StackOverflowError::new),
            Map.entry("java.lang.OutOfMemoryError", OutOfMemoryError::new),
            Map.entry("java.lang.AssertionError", AssertionError::new),
            Map.entry("java.lang.Error", Error::new),
            Map.entry("java.util.NoSuchElementException", java.util.NoSuchElementException::new),
            Map.entry("java.util.ConcurrentModificationException", java.util.ConcurrentModificationException::new));

    private RemoteThrowables() {
    }

    /**
     * @param type       the class name the host gave
     * @param message    its message, capped; null if it had none
     * @param problemId  the problem id of a NotImplementedYet in its causes, or empty
     * @param frames     the top frames of its stack, for the report's "at" line
     */
    static Throwable rebuild(String type, String message, String problemId, StackTraceElement[] frames) {
        Throwable t;
        if (!problemId.isEmpty()) {
            t = new NotImplementedYet(problemId);
        } else {
            Function<String, Throwable> make = KNOWN.get(type);
            t = make != null ? make.apply(message) : new SubmittedThrowable(type, message);
        }
        t.setStackTrace(frames);
        return t;
    }

    /** Something the submission threw whose type the examiner does not rebuild: it keeps its name. */
    static final class SubmittedThrowable extends RuntimeException implements nngrade.engine.ThrownElsewhere {
        private static final long serialVersionUID = 1L;
        private final String type;

        SubmittedThrowable(String type, String message) {
            super(message);
            this.type = type;
        }

        @Override
        public String typeName() {
            return type.substring(type.lastIndexOf('.') + 1);
        }

        @Override
        public String toString() {
            return type + (getMessage() == null ? "" : ": " + getMessage());
        }
    }
}
