package nngrade.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nngrade.checks.activations.ActivationCurves;
import nngrade.checks.initialization.LayerStatisticsPlots;
import nngrade.checks.optimizers.TrajectoryPlots;
import nngrade.checks.quasinewton.ConvergencePlots;
import nngrade.engine.CheckStatus;
import nngrade.engine.GradeReport;
import nngrade.problems.Solutions;

/**
 * The pictures of a feedback page: for each problem that lost points and has a {@link Probe}, one
 * plot, made under a guard that bounds the submission's time and swallows whatever it throws (a
 * picture never costs or earns a point).
 */
public final class Pictures {

    /** How long one picture may keep the submission busy. */
    public static final long MILLIS_PER_PLOT = 10_000;
    private static final List<Probe> PROBES = List.of(new ActivationCurves(), new TrajectoryPlots(),
            new LayerStatisticsPlots(), new ConvergencePlots());

    private Pictures() {
    }

    /** Runs one probe; the guard decides how the submission's time and failures are bounded. */
    @FunctionalInterface
    public interface Guard {
        /** @return what {@code work} returned, or null if it failed or ran out of time */
        List<Plot> run(String title, Callable<List<Plot>> work);
    }

    /**
     * @return the problems of a report worth a picture, in catalogue order: a check failed on a
     *     wrong value (not only "not implemented", a crash or a time-out, where the picture would
     *     run into the same wall)
     */
    public static List<String> worthDrawing(GradeReport report) {
        return report.scores().stream()
                .filter(s -> draws(s.problem().id()))
                .filter(s -> s.checks().stream().anyMatch(c -> c.status() == CheckStatus.FAILED))
                .filter(s -> s.checks().stream().noneMatch(c -> c.status() == CheckStatus.TIMED_OUT))
                .map(s -> s.problem().id())
                .toList();
    }

    /** @return whether a problem has a picture */
    public static boolean draws(String problemId) {
        return PROBES.stream().anyMatch(p -> p.problems().contains(problemId));
    }

    /**
     * @param problems   the problems to draw, in order (those that lost points); others are skipped
     * @param submission the submission
     * @param reference  the reference, or null
     * @return at most {@link Plot#MAX_PLOTS} plots
     */
    public static List<Plot> draw(List<String> problems, Solutions submission, Solutions reference, Guard guard) {
        List<Plot> plots = new ArrayList<>();
        for (String id : problems) {
            if (plots.size() >= Plot.MAX_PLOTS) {
                break;
            }
            for (Probe probe : PROBES) {
                if (probe.problems().contains(id)) {
                    List<Plot> drawn = guard.run("picture of " + id, () -> probe.plots(id, submission, reference));
                    if (drawn != null) {
                        drawn.stream().limit(Plot.MAX_PLOTS - plots.size()).map(Plot::bounded).forEach(plots::add);
                    }
                }
            }
        }
        return plots;
    }

    /**
     * @return a guard for a submission in this JVM (a student's own code on their own machine):
     *     each picture on a thread of its own, abandoned after {@link #MILLIS_PER_PLOT}
     */
    public static Guard inThisJvm() {
        return (title, work) -> {
            FutureTask<List<Plot>> task = new FutureTask<>(work);
            Thread t = new Thread(task, "nngrade " + title);
            t.setDaemon(true);
            t.start();
            try {
                return task.get(MILLIS_PER_PLOT, TimeUnit.MILLISECONDS);
            } catch (ExecutionException | TimeoutException e) {
                task.cancel(true);
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        };
    }
}
