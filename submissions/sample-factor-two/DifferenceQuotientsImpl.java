import java.util.function.DoubleUnaryOperator;
import tangent.exercises.lesson01.DifferenceQuotients;
import tangent.exercises.lesson01.DifferenceScheme;

public class DifferenceQuotientsImpl implements DifferenceQuotients {

    private static double usable(double dx) {
        if (dx == 0 || !Double.isFinite(dx)) {
            throw new IllegalArgumentException("dx = " + dx);
        }
        return dx;
    }

    public double forward(DoubleUnaryOperator f, double x, double dx) {
        usable(dx);
        return (f.applyAsDouble(x + dx) - f.applyAsDouble(x)) / dx;
    }

    public double central(DoubleUnaryOperator f, double x, double dx) {
        usable(dx);
        return (f.applyAsDouble(x + dx) - f.applyAsDouble(x - dx)) / (2 * dx);
    }

    public double[] secantSlopes(DoubleUnaryOperator f, double x0, double[] dxs) {
        double[] result = new double[dxs.length];
        for (int i = 0; i < dxs.length; i++) {
            result[i] = forward(f, x0, dxs[i]);
        }
        return result;
    }

    public double observedOrder(DifferenceScheme scheme, DoubleUnaryOperator f, DoubleUnaryOperator derivative,
            double x, double dx) {
        usable(dx);
        double e1 = Math.abs(quotient(scheme, f, x, dx) - derivative.applyAsDouble(x));
        double e2 = Math.abs(quotient(scheme, f, x, dx / 2) - derivative.applyAsDouble(x));
        return Math.log(e1 / e2) / Math.log(2);
    }

    private double quotient(DifferenceScheme scheme, DoubleUnaryOperator f, double x, double dx) {
        return scheme == DifferenceScheme.FORWARD ? forward(f, x, dx) : central(f, x, dx);
    }
}
