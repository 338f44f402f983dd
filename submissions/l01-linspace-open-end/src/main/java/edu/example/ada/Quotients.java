package edu.example.ada;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import tangent.exercises.lesson01.DifferenceQuotients;
import tangent.exercises.lesson01.DifferenceScheme;

/** Secants, written with a helper for each scheme. */
public class Quotients implements DifferenceQuotients {

    private static void check(double dx) {
        if (!Double.isFinite(dx) || dx == 0.0) {
            throw new IllegalArgumentException("bad step: " + dx);
        }
    }

    @Override
    public double forward(DoubleUnaryOperator f, double x, double dx) {
        check(dx);
        double rise = f.applyAsDouble(x + dx) - f.applyAsDouble(x);
        return rise / dx;
    }

    @Override
    public double central(DoubleUnaryOperator f, double x, double dx) {
        check(dx);
        double rise = f.applyAsDouble(x + dx) - f.applyAsDouble(x - dx);
        return rise / (dx + dx);
    }

    @Override
    public double[] secantSlopes(DoubleUnaryOperator f, double x0, double[] dxs) {
        return Arrays.stream(dxs).map(dx -> forward(f, x0, dx)).toArray();
    }

    @Override
    public double observedOrder(DifferenceScheme scheme, DoubleUnaryOperator f, DoubleUnaryOperator derivative,
            double x, double dx) {
        check(dx);
        double exact = derivative.applyAsDouble(x);
        double big = Math.abs(approximate(scheme, f, x, dx) - exact);
        double small = Math.abs(approximate(scheme, f, x, dx / 2) - exact);
        return Math.log(big / small) / Math.log(2.0);
    }

    private double approximate(DifferenceScheme scheme, DoubleUnaryOperator f, double x, double h) {
        if (scheme == DifferenceScheme.CENTRAL) {
            return central(f, x, h);
        }
        return forward(f, x, h);
    }
}
