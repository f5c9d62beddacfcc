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
 * (other formulas, summation orders and subgradients), in-process and through the channel.
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

    /**
     * Grades a correct variant as instructor on these problems, in-process and then through the
     * channel (as a batch reaches submitted code): every check must pass both ways.
     */
    static GradeReport passesEveryCheck(Solutions variant, Set<String> problems) {
        GradeReport report = Grading.asInstructor(variant, problems);
        assertEquals(List.of(), failures(report), "in-process");
        assertEquals(problems.size(), report.scores().size());
        GradeReport remote = Grading.throughTheChannel(variant, problems);
        assertEquals(List.of(), failures(remote), "through the channel");
        assertEquals(problems.size(), remote.scores().size());
        return report;
    }

    private static List<String> failures(GradeReport report) {
        return report.scores().stream()
                .flatMap(s -> s.checks().stream())
                .filter(c -> !c.passed())
                .map(c -> c.problemId() + " / " + c.name() + ": " + c.summary())
                .toList();
    }
}
