package nngrade.examiner;

import java.util.Map;
import java.util.TreeMap;
import nngrade.engine.CheckResult;
import nngrade.engine.GradeReport;
import nngrade.engine.ProblemScore;

/** How each check of a report ended, for tests that compare grading through the channel with grading in-process. */
public final class Outcomes {

    private Outcomes() {
    }

    /** @return each check's status, by check key */
    public static Map<String, String> of(GradeReport report) {
        Map<String, String> outcomes = new TreeMap<>();
        for (ProblemScore s : report.scores()) {
            for (CheckResult c : s.checks()) {
                outcomes.put(c.key(), c.status().name());
            }
        }
        return outcomes;
    }

    /** @return the summary of each check that did not pass, by check key */
    public static Map<String, String> failures(GradeReport report) {
        Map<String, String> failures = new TreeMap<>();
        for (ProblemScore s : report.scores()) {
            for (CheckResult c : s.checks()) {
                if (!c.passed()) {
                    failures.put(c.key(), c.summary());
                }
            }
        }
        return failures;
    }
}
