package nngrade.bugs;

import java.util.Set;
import java.util.function.Supplier;
import nngrade.problems.Solutions;

/**
 * A realistic wrong submission: the reference with one mistake a student makes.
 *
 * @param name          what the mistake is, e.g. "bug-relu-negative-grad"
 * @param problemId     the only problem that must lose points
 * @param failingChecks the names (in words) of exactly the checks of that problem that must fail
 * @param submission    makes the buggy submission
 */
public record Bug(String name, String problemId, Set<String> failingChecks, Supplier<Solutions> submission) {

    @Override
    public String toString() {
        return name;
    }
}
