package nngrade.checks.initialization;

import java.util.function.Function;
import nngrade.problems.Solutions;
import nngrade.problems.initialization.Initializer;

/**
 * One configuration of an initializer on one shape: how to get it from a submission (the
 * problem's own factory method with its hyperparameters) and the shape to draw.
 *
 * @param description the factory call as text, e.g. "xavierNormalInit(1.5)"
 * @param factory     the call itself
 * @param fanOut      rows
 * @param fanIn       columns
 */
record Setup(String description, Function<Solutions, Initializer> factory, int fanOut, int fanIn) {

    @Override
    public String toString() {
        return description + ".initialize(" + fanOut + ", " + fanIn + ", random)";
    }
}
