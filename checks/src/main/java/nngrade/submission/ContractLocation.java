package nngrade.submission;

import java.net.URISyntaxException;
import java.nio.file.Path;
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
        try {
            return Path.of(Solutions.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the contract's location is not a path", e);
        }
    }
}
