package nngrade.batch;

import java.io.PrintStream;
import java.util.Locale;

/**
 * What a person sees while a batch runs: a progress bar redrawn in place on a terminal
 * (submissions done, failures, ETA), or one plain log line per submission when the output is a
 * file or a pipe.
 */
final class Progress {

    private static final int BAR = 30;

    private final PrintStream out;
    private final boolean terminal;
    private final int total;
    private final long start = System.nanoTime();
    private int done;
    private int failed;

    Progress(PrintStream out, boolean terminal, int total) {
        this.out = out;
        this.terminal = terminal;
        this.total = total;
    }

    /** One submission finished; {@code trouble} is null or a sentence on what went wrong. */
    synchronized void finished(String student, double score, double max, long millis, String trouble) {
        done++;
        if (trouble != null) {
            failed++;
        }
        if (terminal) {
            int filled = total == 0 ? BAR : BAR * done / total;
            out.printf(Locale.ROOT, "\r[%s%s] %d/%d done, %d with problems, ETA %s   ", "#".repeat(filled),
                    " ".repeat(BAR - filled), done, total, failed, eta());
            if (done == total) {
                out.println();
            }
        } else {
            out.printf(Locale.ROOT, "graded %s: %.2f / %.2f (%.1f s)%s%n", student, score, max, millis / 1000.0,
                    trouble == null ? "" : " - " + trouble);
        }
        out.flush();
    }

    private String eta() {
        if (done == 0) {
            return "?";
        }
        long perItem = (System.nanoTime() - start) / done;
        long seconds = perItem * (total - done) / 1_000_000_000L;
        return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
