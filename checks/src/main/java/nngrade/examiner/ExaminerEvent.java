package nngrade.examiner;

import java.util.List;
import nngrade.feedback.Plot;

/**
 * One line an examiner tells its parent on its standard output, which no submitted code can
 * reach (submitted code runs in another JVM).
 *
 * @param kind    "start" (a check begins), "end" (a check ended), "fatal" (the submission could not
 *                be loaded: summary says why), "handedOver" (the answer to a {@link HandOver}),
 *                "done" (the job is over)
 * @param key     the check's key, for start and end; for handedOver, the order's number
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

    static ExaminerEvent start(String key) {
        return new ExaminerEvent("start", key, "", "", "", 0, null, null);
    }
}
