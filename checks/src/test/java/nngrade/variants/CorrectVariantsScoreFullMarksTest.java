package nngrade.variants;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import nngrade.bugs.Grading;
import nngrade.engine.GradeReport;
import nngrade.problems.Solutions;
import org.junit.jupiter.api.Test;

/**
 * The checks of section A accept correct implementations written differently from the reference
 * (other formulas, summation orders and subgradients), as instructor and as student.
 */
class CorrectVariantsScoreFullMarksTest {

    static final Set<String> SECTION_A = Set.of("gate.add", "gate.mul", "gate.max", "gate.exp", "gate.inv",
            "gate.scale", "gate.offset", "gate.sigmoid", "graph.forward_backward", "graph.example_simple",
            "graph.example_sigmoid", "op.matvec", "loss.l2", "op.softmax", "loss.softmax_cross_entropy",
            "loss.binary_cross_entropy", "loss.soft_iou", "reg.l2", "reg.l1", "layer.affine");

    @Test
    void correctVariantsPassEverySectionACheck() {
        passesEveryCheck(new CorrectVariants(), SECTION_A);
    }

    /** Grades a correct variant as instructor on these problems: every check must pass. */
    static GradeReport passesEveryCheck(Solutions variant, Set<String> problems) {
        GradeReport report = Grading.asInstructor(variant, problems);
        List<String> failures = report.scores().stream()
                .flatMap(s -> s.checks().stream())
                .filter(c -> !c.passed())
                .map(c -> c.problemId() + " / " + c.name() + ": " + c.summary())
                .toList();
        assertEquals(List.of(), failures);
        assertEquals(problems.size(), report.scores().size());
        return report;
    }
}
