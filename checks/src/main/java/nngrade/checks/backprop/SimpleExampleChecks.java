package nngrade.checks.backprop;

import nngrade.checks.api.ProblemId;
import nngrade.problems.Solutions;
import nngrade.problems.backprop.DifferentiableFunction;

/** graph.example_simple: f(x, y, z) = (x + y) z; gradient (z, z, x + y); at (-2, 5, -4): -12, (-4, -4, 3). */
@ProblemId("graph.example_simple")
class SimpleExampleChecks extends DifferentiableExampleContract {

    @Override
    protected DifferentiableFunction of(Solutions s) {
        return s.simpleExample();
    }

    @Override
    protected int dimension() {
        return 3;
    }

    @Override
    protected double closedValue(double[] v) {
        return (v[0] + v[1]) * v[2];
    }

    @Override
    protected double[] closedGradient(double[] v) {
        return new double[] {v[2], v[2], v[0] + v[1]};
    }

    @Override
    protected double valueScale(double[] v) {
        // x z + y z is as right as (x + y) z: the terms are |x z| and |y z|
        return (Math.abs(v[0]) + Math.abs(v[1])) * Math.abs(v[2]);
    }

    @Override
    protected double gradientScale(double[] v) {
        return Math.abs(v[0]) + Math.abs(v[1]);
    }

    @Override
    protected double[] notesPoint() {
        return new double[] {-2, 5, -4};
    }

    @Override
    protected double notesValue() {
        return -12;
    }

    @Override
    protected double[] notesGradient() {
        return new double[] {-4, -4, 3};
    }

    @Override
    protected double[][] extremePoints() {
        return new double[][] {{1000, 1000, 1000}, {-1000, 1000, -1000}, {1000, -1000, 1e-8}, {-1000, -1000, 1000}};
    }

    @Override
    protected String coordinates() {
        return "(x, y, z)";
    }
}
