package tangent.reference.lesson02;

import java.util.function.DoubleUnaryOperator;

/**
 * The sample points of the lesson: x_i = a + i dx for i &lt; n = ceil((b - a) / dx), numpy's
 * {@code arange(a, b, dx)}, and the running sum over them.
 */
public final class Grid {

    private Grid() {
    }

    /** The number of points, after checking the arguments; 0 when b &lt;= a. */
    public static int count(double a, double b, double dx) {
        if (!Double.isFinite(a) || !Double.isFinite(b)) {
            throw new IllegalArgumentException("a and b must be finite, got a = " + a + ", b = " + b);
        }
        if (!(dx > 0) || !Double.isFinite(dx)) {
            throw new IllegalArgumentException("the step dx must be positive and finite, got " + dx);
        }
        if (b <= a) {
            return 0;
        }
        double n = Math.ceil((b - a) / dx);
        if (n > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("too many points: " + n);
        }
        return (int) n;
    }

    /** The points themselves. */
    public static double[] points(double a, double b, double dx) {
        int n = count(a, b, dx);
        double[] xs = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = a + i * dx;
        }
        return xs;
    }

    /** The running sum f(x_0) dx + ... + f(x_i) dx for each i. */
    public static double[] runningSum(DoubleUnaryOperator f, double a, double b, double dx) {
        double[] xs = points(a, b, dx);
        double[] sums = new double[xs.length];
        double total = 0;
        for (int i = 0; i < xs.length; i++) {
            total += f.applyAsDouble(xs[i]) * dx;
            sums[i] = total;
        }
        return sums;
    }
}
