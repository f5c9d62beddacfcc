package nngrade.engine;

/** Told about each check as it starts and ends; the batch grader's child uses it to report progress. */
public interface CheckObserver {

    CheckObserver NONE = new CheckObserver() {
    };

    /** A check is about to run. */
    default void started(String problemId, String checkName) {
    }

    /** A check ended. */
    default void finished(CheckResult result) {
    }
}
