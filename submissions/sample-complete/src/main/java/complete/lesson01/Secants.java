package complete.lesson01;

import java.util.function.DoubleUnaryOperator;
import tangent.exercises.lesson01.DifferenceQuotients;
import tangent.exercises.lesson01.DifferenceScheme;

public class Secants implements DifferenceQuotients {

    private static void requireStep(double dx) {
        if (Double.isNaN(dx) || Double.isInfinite(dx) || dx == 0) {
            throw new IllegalArgumentException("a secant needs a non-zero, finite step; got " + dx);
        }
    }

    @Override
    public double forward(DoubleUnaryOperator f, double x, double dx) {
        requireStep(dx);
        return (f.applyAsDouble(x + dx) - f.applyAsDouble(x)) / dx;
    }

    @Override
    public double central(DoubleUnaryOperator f, double x, double dx) {
        requireStep(dx);
        return (f.applyAsDouble(x + dx) - f.applyAsDouble(x - dx)) / (2 * dx);
    }

    @Override
    public double[] secantSlopes(DoubleUnaryOperator f, double x0, double[] dxs) {
        double[] slopes = new double[dxs.length];
        int i = 0;
        for (double dx : dxs) {
            slopes[i++] = forward(f, x0, dx);
        }
        return slopes;
    }

    @Override
    public double observedOrder(DifferenceScheme scheme, DoubleUnaryOperator f, DoubleUnaryOperator derivative,
            double x, double dx) {
        requireStep(dx);
        double truth = derivative.applyAsDouble(x);
        double errorAtDx = Math.abs(estimate(scheme, f, x, dx) - truth);
        double errorAtHalf = Math.abs(estimate(scheme, f, x, 0.5 * dx) - truth);
        return Math.log(errorAtDx / errorAtHalf) / Math.log(2);
    }

    private double estimate(DifferenceScheme scheme, DoubleUnaryOperator f, double x, double h) {
        switch (scheme) {
            case CENTRAL:
                return central(f, x, h);
            case FORWARD:
            default:
                return forward(f, x, h);
        }
    }
}
