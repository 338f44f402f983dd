package edu.bo.mlcalc;

import java.util.function.DoubleUnaryOperator;
import java.util.stream.DoubleStream;
import tangent.exercises.lesson06.GradientDescent1D;

/** Plain gradient descent in one variable, x_(k+1) = x_k - rate f'(x_k). */
public class LinearDescent implements GradientDescent1D {

    @Override
    public double[] descend(DoubleUnaryOperator f, DoubleUnaryOperator fPrime, double start, double rate, int steps) {
        Require.present(f, "f");
        double end = path(fPrime, start, rate, steps).skip(steps).findFirst().orElseThrow();
        return new double[] {end, f.applyAsDouble(end)};
    }

    @Override
    public double[] trajectory(DoubleUnaryOperator fPrime, double start, double rate, int steps) {
        return path(fPrime, start, rate, steps).limit(steps + 1L).toArray();
    }

    /** The endless lazy sequence x_0, x_1, ... after checking the arguments. */
    private static DoubleStream path(DoubleUnaryOperator fPrime, double start, double rate, int steps) {
        Require.present(fPrime, "fPrime");
        Require.finite(start, "start");
        Require.positive(rate, "rate");
        Require.atLeast(steps, 0, "steps");
        return DoubleStream.iterate(start, x -> x - rate * fPrime.applyAsDouble(x));
    }
}
