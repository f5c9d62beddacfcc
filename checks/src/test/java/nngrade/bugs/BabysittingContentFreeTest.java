package nngrade.bugs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.DoubleSupplier;
import nngrade.engine.CheckResult;
import nngrade.engine.GradeReport;
import nngrade.problems.Solutions;
import nngrade.problems.babysitting.LearningRateDiagnosis;
import nngrade.problems.babysitting.LearningRateVerdict;
import nngrade.problems.babysitting.LossWithGradients;
import nngrade.problems.babysitting.RandomSearch;
import nngrade.problems.babysitting.SearchRange;
import nngrade.problems.babysitting.Trainer;
import nngrade.problems.babysitting.TrainingRun;
import nngrade.problems.babysitting.TwoLayerNet;
import nngrade.problems.babysitting.TwoLayerParameters;
import nngrade.problems.babysitting.UpdateRatio;
import nngrade.reference.ReferenceSolutions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * No check of section F pays for a submission without content: one that answers a constant, echoes
 * its input, answers NaN or answers random garbage earns 0 on every babysit.* problem. (Each
 * answer has the right type and shape, so what fails it is the checks' content, not a crash.)
 */
class BabysittingContentFreeTest {

    static final Set<String> SECTION_F = Set.of("babysit.initial_loss", "babysit.overfit_small",
            "babysit.lr_diagnosis", "babysit.random_search", "babysit.update_ratio");

    /** What a content-free submission answers wherever it must produce a number. */
    enum Content {
        CONSTANT, ECHO, NAN, GARBAGE
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Content.class)
    void earnsNothingOnSectionF(Content content) {
        GradeReport report = Grading.asInstructor(submission(content), SECTION_F);
        List<String> paid = report.scores().stream()
                .flatMap(s -> s.checks().stream())
                .filter(CheckResult::passed)
                .map(c -> c.problemId() + " / " + c.name())
                .toList();
        assertEquals(List.of(), paid, content + " must earn nothing on section F");
        assertEquals(SECTION_F.size(), report.scores().size());
    }

    static Solutions submission(Content content) {
        Random garbage = new Random(1);
        DoubleSupplier number = switch (content) {
            case CONSTANT -> () -> 1.0;
            case ECHO -> () -> 0.0; // where nothing can be echoed
            case NAN -> () -> Double.NaN;
            case GARBAGE -> garbage::nextDouble;
        };
        return new ReferenceSolutions() {
            @Override
            public TwoLayerNet twoLayerNet() {
                return new TwoLayerNet() {
                    public double[][] scores(TwoLayerParameters m, double[][] x) {
                        return content == Content.ECHO ? x : fill(new double[x.length][m.b2().length], number);
                    }

                    public LossWithGradients loss(TwoLayerParameters m, double[][] x, int[] y, double reg) {
                        return new LossWithGradients(content == Content.ECHO ? reg : number.getAsDouble(),
                                content == Content.ECHO ? m : like(m, number));
                    }
                };
            }

            @Override
            public Trainer overfitTrainer() {
                return (net, initial, x, y, examples, lr, iterations) -> new TrainingRun(
                        fill(new double[iterations], number), content == Content.ECHO ? initial : like(initial, number),
                        content == Content.ECHO ? lr : number.getAsDouble());
            }

            @Override
            public LearningRateDiagnosis learningRateDiagnosis() {
                return new LearningRateDiagnosis() {
                    public double[] train(TwoLayerNet net, TwoLayerParameters initial, double[][] x, int[] y,
                            double reg, double lr, int maxIterations) {
                        return content == Content.ECHO ? new double[] {lr} : fill(new double[maxIterations], number);
                    }

                    public LearningRateVerdict diagnose(double[] losses, double tolerance) {
                        LearningRateVerdict[] all = LearningRateVerdict.values();
                        return switch (content) {
                            case CONSTANT -> LearningRateVerdict.FINE;
                            case ECHO -> all[Math.floorMod(losses.length, all.length)];
                            case NAN -> LearningRateVerdict.TOO_HIGH; // what NaN would mean
                            case GARBAGE -> all[garbage.nextInt(all.length)];
                        };
                    }
                };
            }

            @Override
            public RandomSearch randomSearch() {
                return new RandomSearch() {
                    public double[] sample(double low, double high, int n, Random random) {
                        return content == Content.ECHO ? fill(new double[n], () -> low) : fill(new double[n], number);
                    }

                    public SearchRange narrow(double[] values, double[] scores, int keep) {
                        return content == Content.ECHO ? new SearchRange(min(values), max(values))
                                : new SearchRange(number.getAsDouble(), number.getAsDouble());
                    }
                };
            }

            @Override
            public UpdateRatio updateRatio() {
                return (w, u, lr) -> content == Content.ECHO ? new double[] {lr, lr}
                        : fill(new double[2], number);
            }
        };
    }

    static double[] fill(double[] v, DoubleSupplier number) {
        for (int i = 0; i < v.length; i++) {
            v[i] = number.getAsDouble();
        }
        return v;
    }

    static double[][] fill(double[][] m, DoubleSupplier number) {
        for (double[] row : m) {
            fill(row, number);
        }
        return m;
    }

    static TwoLayerParameters like(TwoLayerParameters p, DoubleSupplier number) {
        return new TwoLayerParameters(fill(new double[p.w1().length][p.w1()[0].length], number),
                fill(new double[p.b1().length], number), fill(new double[p.w2().length][p.w2()[0].length], number),
                fill(new double[p.b2().length], number));
    }

    static double min(double[] v) {
        double m = Double.POSITIVE_INFINITY;
        for (double x : v) {
            m = Math.min(m, x);
        }
        return m;
    }

    static double max(double[] v) {
        double m = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            m = Math.max(m, x);
        }
        return m;
    }
}
