package nngrade.engine;

import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.launcher.PostDiscoveryFilter;

/** Keeps the checks of the selected problems, instructor-only ones only when asked, and none excluded. */
final class CheckFilter implements PostDiscoveryFilter {

    private final GradeRequest request;

    CheckFilter(GradeRequest request) {
        this.request = request;
    }

    @Override
    public FilterResult apply(TestDescriptor descriptor) {
        return CheckMethods.of(descriptor.getSource())
                .map(check -> FilterResult.includedIf(request.runs(check.problemId(), check.name(), check.needsReference())))
                .orElse(FilterResult.included("container"));
    }
}
