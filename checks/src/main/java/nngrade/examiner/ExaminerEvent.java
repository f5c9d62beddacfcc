package nngrade.examiner;

import java.util.List;
import nngrade.feedback.Plot;

/**
 * One line an examiner tells its parent on its standard output, which no submitted code can
 * reach (submitted code runs in another JVM): JSON, but for a check's start ({@link #startLine}) and
 * an end with no text ({@link #endLine}).
 *
 * @param kind    "end" (a check ended), "fatal" (the submission could not
 *                be loaded: summary says why), "handedOver" (the answer to a {@link HandOver}),
 *                "done" (the job is over)
 * @param key     the check's key, for end; for handedOver, the order's number
 * @param status  for end: the CheckStatus name
 * @param summary one line
 * @param detail  the whole failure text, with what the submission printed
 * @param millis  how long the check took
 * @param usage   for done: calls into the submission, callbacks, bytes over the channel, hosts
 *                restarted, examiner CPU milliseconds, messages sent to the host, checks answered
 *                ahead, checks run again live, the hosts' CPU milliseconds, calls a host stopped
 *                and served on
 * @param layers  for done: what confined the submission's JVM
 * @param plots   for "plots" (sent before done): the feedback page's pictures of the problems that
 *                lost points, drawn from the submission through the checks' proxies
 * @param problems for handedOver: the problems this examiner will now skip, for another to grade
 */
public record ExaminerEvent(String kind, String key, String status, String summary, String detail, long millis,
        long[] usage, List<String> layers, List<Plot> plots, List<String> problems) {

    ExaminerEvent(String kind, String key, String status, String summary, String detail, long millis, long[] usage,
            List<String> layers) {
        this(kind, key, status, summary, detail, millis, usage, layers, null, null);
    }

    static ExaminerEvent plots(List<Plot> plots) {
        return new ExaminerEvent("plots", "", "", "", "", 0, null, null, plots, null);
    }

    static ExaminerEvent handedOver(long order, List<String> problems) {
        return new ExaminerEvent("handedOver", String.valueOf(order), "", "", "", 0, null, null, null, problems);
    }

    /*
     * A check's start, and the end of one that has no text to tell (a pass, as a rule), are told as
     * plain lines, not JSON: they come for every check, and writing and reading them as JSON was a
     * tenth of the batch parent's CPU (async-profiler on bench/grade-throughput.sh).
     */
    static final String START = "start ";
    static final String END = "end ";

    /** @return the line telling that the check with this key starts: "start KEY" */
    static String startLine(String key) {
        return START + key;
    }

    /** @return the key of the check whose start the line tells, or null if it tells something else */
    public static String startedCheck(String line) {
        return line.startsWith(START) ? line.substring(START.length()) : null;
    }

    /** @return the line telling that a check ended with no summary nor detail: "end STATUS MILLIS KEY" */
    static String endLine(String key, String status, long millis) {
        return END + status + ' ' + millis + ' ' + key;
    }

    /** @return the end of a check the line tells as {@link #endLine} does, or null if it tells something else */
    public static ExaminerEvent ended(String line) {
        if (!line.startsWith(END)) {
            return null;
        }
        int status = END.length();
        int millis = line.indexOf(' ', status) + 1;
        int key = millis == 0 ? 0 : line.indexOf(' ', millis) + 1;
        if (key == 0) {
            return null;
        }
        try {
            return new ExaminerEvent("end", line.substring(key), line.substring(status, millis - 1), "", "",
                    Long.parseLong(line.substring(millis, key - 1)), null, null);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
