package tangent.reference.lesson01;

import java.util.function.DoubleUnaryOperator;
import tangent.exercises.lesson01.DifferenceQuotients;
import tangent.exercises.lesson01.DifferenceScheme;

/** The difference quotients exactly as the task defines them. */
public final class ReferenceDifferenceQuotients implements DifferenceQuotients {

    @Override
    public double forward(DoubleUnaryOperator f, double x, double dx) {
        Steps.requireUsable(dx);
        return (f.applyAsDouble(x + dx) - f.applyAsDouble(x)) / dx;
    }

    @Override
    public double central(DoubleUnaryOperator f, double x, double dx) {
        Steps.requireUsable(dx);
        return (f.applyAsDouble(x + dx) - f.applyAsDouble(x - dx)) / (2 * dx);
    }

    @Override
    public double[] secantSlopes(DoubleUnaryOperator f, double x0, double[] dxs) {
        double[] slopes = new double[dxs.length];
        for (int i = 0; i < dxs.length; i++) {
            slopes[i] = forward(f, x0, dxs[i]);
        }
        return slopes;
    }

    @Override
    public double observedOrder(DifferenceScheme scheme, DoubleUnaryOperator f,
            DoubleUnaryOperator derivative, double x, double dx) {
        Steps.requireUsable(dx);
        double exact = derivative.applyAsDouble(x);
        double coarse = Math.abs(quotient(scheme, f, x, dx) - exact);
        double fine = Math.abs(quotient(scheme, f, x, dx / 2) - exact);
        return Math.log(coarse / fine) / Math.log(2);
    }

    private double quotient(DifferenceScheme scheme, DoubleUnaryOperator f, double x, double dx) {
        return switch (scheme) {
            case FORWARD -> forward(f, x, dx);
            case CENTRAL -> central(f, x, dx);
        };
    }
}
