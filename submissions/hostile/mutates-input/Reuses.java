import java.util.function.DoubleUnaryOperator;
import tangent.exercises.lesson01.DifferenceQuotients;
import tangent.exercises.lesson01.DifferenceScheme;

/** Right answers, but secantSlopes writes them over the caller's array of steps. */
public class Reuses implements DifferenceQuotients {

    private static void check(double dx) {
        if (dx == 0 || !Double.isFinite(dx)) {
            throw new IllegalArgumentException("dx = " + dx);
        }
    }

    public double forward(DoubleUnaryOperator f, double x, double dx) {
        check(dx);
        return (f.applyAsDouble(x + dx) - f.applyAsDouble(x)) / dx;
    }

    public double central(DoubleUnaryOperator f, double x, double dx) {
        check(dx);
        return (f.applyAsDouble(x + dx) - f.applyAsDouble(x - dx)) / (2 * dx);
    }

    public double[] secantSlopes(DoubleUnaryOperator f, double x0, double[] dxs) {
        for (int i = 0; i < dxs.length; i++) {
            dxs[i] = forward(f, x0, dxs[i]);
        }
        return dxs;
    }

    public double observedOrder(DifferenceScheme scheme, DoubleUnaryOperator f, DoubleUnaryOperator derivative,
            double x, double dx) {
        check(dx);
        double exact = derivative.applyAsDouble(x);
        double e1 = Math.abs((scheme == DifferenceScheme.FORWARD ? forward(f, x, dx) : central(f, x, dx)) - exact);
        double e2 = Math.abs((scheme == DifferenceScheme.FORWARD ? forward(f, x, dx / 2) : central(f, x, dx / 2)) - exact);
        return Math.log(e1 / e2) / Math.log(2);
    }
}
