package nngrade.examiner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * For maintainers: each check's code CPU in the submission's JVM against the budget it had
 * ({@link CheckLimits#codeCpuMillis}), one line per check appended to the file that the
 * environment variable {@value #VARIABLE} names (or the system property {@value #PROPERTY}). {@code bench/budget-margins.sh} grades a correct
 * submission with it and prints the checks nearest their budgets: a correct check near its budget
 * loses its points on a slower or busier machine, as aug.crop's uniformity check did in CI (0.75 s
 * of a 0.75 s budget, before a Random crossed the channel as its state). Off unless the variable
 * is set: a reading costs about 0.1 ms a check.
 */
final class CheckCpuLog {

    static final String VARIABLE = "NNGRADE_CHECK_CPU_LOG";
    static final String PROPERTY = "nngrade.checkCpuLog";

    private CheckCpuLog() {
    }

    /** @return whether checks' CPU is to be recorded */
    static boolean on() {
        return file() != null;
    }

    /** @return the file named by the variable or the property, null for none */
    private static String file() {
        String f = System.getProperty(PROPERTY, System.getenv(VARIABLE));
        return f == null || f.isEmpty() ? null : f;
    }

    /**
     * Appends "check, code CPU used in ms (-1 if it could not be read), budget in ms".
     *
     * @param check the check's title, "problem: name"
     */
    static synchronized void record(String check, long usedMillis, long budgetMillis) {
        String file = file();
        if (file == null) {
            return;
        }
        try {
            Files.writeString(Path.of(file), check + '\t' + usedMillis + '\t' + budgetMillis + '\n', StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the check CPU log " + file, e);
        }
    }
}
