package nngrade.bugs;

import java.util.List;

/** Realistic mistakes in section A (gates, graph, losses), one per submission. */
final class SectionABugs {

    private SectionABugs() {
    }

    static List<Bug> all() {
        return List.of();
    }
}
