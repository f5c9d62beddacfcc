package nngrade.submission;

import java.nio.file.Path;
import nngrade.engine.GraderJar;
import nngrade.problems.Solutions;

/**
 * Where the problem contract's classes are: their own folder in a development build, the
 * grader's jar otherwise. Submissions compile against it through {@link ContractOnlyFileManager},
 * which shows only the contract's packages.
 */
final class ContractLocation {

    private ContractLocation() {
    }

    static Path path() {
        return GraderJar.locationOf(Solutions.class);
    }
}
