package nngrade.examiner;

import java.util.List;

/**
 * One line an examiner tells its parent on its standard output, which no submitted code can
 * reach (submitted code runs in another JVM).
 *
 * @param kind    "start" (a check begins), "end" (a check ended), "fatal" (the submission could not
 *                be loaded: summary says why), "done" (the job is over)
 * @param key     the check's key, for start and end
 * @param status  for end: the CheckStatus name
 * @param summary one line
 * @param detail  the whole failure text, with what the submission printed
 * @param millis  how long the check took
 * @param usage   for done: calls into the submission, callbacks, bytes over the channel, hosts
 *                restarted, examiner CPU milliseconds, messages sent to the host
 * @param layers  for done: what confined the submission's JVM
 */
public record ExaminerEvent(String kind, String key, String status, String summary, String detail, long millis,
        long[] usage, List<String> layers) {

    static ExaminerEvent start(String key) {
        return new ExaminerEvent("start", key, "", "", "", 0, null, null);
    }
}
