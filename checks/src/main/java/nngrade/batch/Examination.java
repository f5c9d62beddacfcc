package nngrade.batch;

import java.util.ArrayList;
import java.util.List;
import nngrade.engine.GradeReport;
import nngrade.feedback.Plot;
import nngrade.submission.SubmissionStatus;

/**
 * What examining one submission's sources gave: the report, the status, what went wrong and
 * where the time went.
 *
 * @param report         every planned check's result, scored
 * @param status         GRADED, PARTLY_COMPILED or NOT_COMPILED
 * @param trouble        sentences on what went wrong (files set aside, checks stopped, crashes)
 * @param info           sentences worth reading that are no trouble (template files the submission lacked)
 * @param compileMillis  time spent compiling
 * @param jvmStartMillis time spent starting JVMs
 * @param checksMillis   time spent running checks
 * @param channel        how the submission's JVM was reached and confined (none where it never ran)
 * @param plots          the feedback page's pictures the examiner drew of the problems that lost points
 */
public record Examination(GradeReport report, SubmissionStatus status, List<String> trouble,
        List<String> info, long compileMillis, long jvmStartMillis, long checksMillis, ChannelUsage channel,
        List<Plot> plots) {

    public Examination {
        trouble = List.copyOf(trouble);
        info = List.copyOf(info);
        plots = Plot.bounded(plots);
    }

    /** An examination without pictures. */
    public Examination(GradeReport report, SubmissionStatus status, List<String> trouble, List<String> info,
            long compileMillis, long jvmStartMillis, long checksMillis, ChannelUsage channel) {
        this(report, status, trouble, info, compileMillis, jvmStartMillis, checksMillis, channel, List.of());
    }

    /** An examination in which no JVM of the submission ran. */
    public Examination(GradeReport report, SubmissionStatus status, List<String> trouble, List<String> info,
            long compileMillis, long jvmStartMillis, long checksMillis) {
        this(report, status, trouble, info, compileMillis, jvmStartMillis, checksMillis, ChannelUsage.NONE);
    }

    /** @return this examination with sentences of the intake put before its own trouble */
    Examination withTroubleFirst(List<String> more) {
        List<String> all = new ArrayList<>(more);
        all.addAll(trouble);
        return new Examination(report, status, all, info, compileMillis, jvmStartMillis, checksMillis, channel, plots);
    }

    /** @return a submission no check ran on, e.g. an empty folder, with the sentence why */
    static Examination notRun(GradeReport zero, SubmissionStatus status, String why) {
        return new Examination(zero, status, List.of(why), List.of(), 0, 0, 0);
    }
}
