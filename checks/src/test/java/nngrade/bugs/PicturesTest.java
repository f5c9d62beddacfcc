package nngrade.bugs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import nngrade.feedback.Curve;
import nngrade.feedback.Pictures;
import nngrade.feedback.Plot;
import nngrade.problems.Solutions;
import nngrade.reference.ReferenceSolutions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pictures of the feedback pages tell the truth: for the reference, the student's curve lies on
 * the correct one; for the catalogue's bugs that change a value the picture shows, it does not; and
 * no bug of any problem with a picture makes the drawing fail.
 */
class PicturesTest {

    /** Same curve: the reference against the closed forms and torch's fixtures, to rounding. */
    private static final double SAME = 1e-6;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"act.tanh", "act.elu", "act.gelu", "act.hardswish", "act.prelu", "optim.adam",
        "optim.nesterov", "optim.weight_decay"})
    void theReferenceLiesOnTheCorrectCurve(String problem) {
        List<Plot> plots = draw(problem, new ReferenceSolutions());
        assertFalse(plots.isEmpty(), problem + " has a picture");
        for (Plot p : plots) {
            assertTrue(maxGap(p) <= SAME, problem + ": the reference is off the correct curve by " + maxGap(p));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"init.lecun", "init.xavier_normal", "init.kaiming_uniform"})
    void theReferencesLayerStatisticsFollowTheLaw(String problem) {
        Plot p = draw(problem, new ReferenceSolutions()).get(0);
        double[] correct = p.curves().get(0).y();
        double[] yours = p.curves().get(1).y();
        for (int l = 0; l < correct.length; l++) {
            // other draws of the same law: 16000 values a layer, so the std agrees to a few percent
            assertEquals(correct[l], yours[l], 0.1 * correct[l], problem + " layer " + (l + 1));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ls.golden_section", "opt.bfgs", "opt.lbfgs"})
    void theReferenceConvergesInItsPicture(String problem) {
        Plot p = draw(problem, new ReferenceSolutions()).get(0);
        double[] errors = yours(p).y();
        assertTrue(errors.length > 3, problem + " recorded its iterations");
        double bound = problem.equals("ls.golden_section") ? 1e-8 : 1e-6;
        assertTrue(errors[errors.length - 1] < bound, problem + " ends below " + bound);
    }

    static Stream<Bug> bugsWithPictures() {
        return BuggySubmissionsTest.bugs().filter(b -> Pictures.draws(b.problemId()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bugsWithPictures")
    void everyBugOfAProblemWithAPictureIsDrawn(Bug bug) {
        List<Plot> plots = draw(bug.problemId(), bug.submission().get());
        assertFalse(plots.isEmpty(), bug.name() + " draws a picture");
        for (Plot p : plots) {
            assertTrue(p.curves().stream().anyMatch(c -> !c.correct()), "the student's curve is on it");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"bug-tanh-derivative-one-minus-tanh", "bug-sigmoid-derivative-is-sigma",
        "bug-celu-written-as-elu", "bug-adam-without-bias-correction",
        "bug-lecun-std-is-one-over-fan-in"})
    void aWrongValueShowsInThePicture(String name) {
        Bug bug = BuggySubmissionsTest.bugs().filter(b -> b.name().equals(name)).findFirst().orElseThrow();
        List<Plot> plots = draw(bug.problemId(), bug.submission().get());
        double gap = plots.stream().mapToDouble(PicturesTest::maxGap).max().orElse(0);
        assertTrue(gap > 1e-3, name + ": the student's curve must leave the correct one, gap " + gap);
    }

    private static List<Plot> draw(String problem, Solutions s) {
        return Pictures.draw(List.of(problem), s, null, Pictures.inThisJvm());
    }

    private static Curve yours(Plot p) {
        return p.curves().stream().filter(c -> !c.correct()).findFirst().orElseThrow();
    }

    /**
     * @return the largest relative gap between the student's curve and the correct curve drawn on the
     *     same abscissas (the first correct curve of the plot); infinite if a point is missing
     */
    private static double maxGap(Plot p) {
        Curve correct = p.curves().stream().filter(Curve::correct).findFirst().orElseThrow();
        Curve yours = yours(p);
        if (yours.x().length != correct.x().length) {
            return Double.POSITIVE_INFINITY;
        }
        double gap = 0;
        for (int i = 0; i < yours.y().length; i++) {
            double scale = Math.max(1, Math.abs(correct.y()[i]));
            gap = Math.max(gap, Math.abs(yours.y()[i] - correct.y()[i]) / scale);
        }
        return gap;
    }
}
