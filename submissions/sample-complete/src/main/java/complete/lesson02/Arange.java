package complete.lesson02;

import java.util.function.DoubleUnaryOperator;

/** numpy's arange(a, b, dx) and a compensated running sum over it. */
final class Arange {

    private Arange() {
    }

    static double[] of(double a, double b, double dx) {
        if (!Double.isFinite(a) || !Double.isFinite(b)) {
            throw new IllegalArgumentException("a and b must be finite numbers");
        }
        if (!(dx > 0 && dx < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("dx must be a positive number, got " + dx);
        }
        if (!(b > a)) {
            return new double[0];
        }
        long n = (long) Math.ceil((b - a) / dx);
        if (n > 50_000_000L) {
            throw new IllegalArgumentException("too many points: " + n);
        }
        double[] x = new double[(int) n];
        for (int i = 0; i < x.length; i++) {
            x[i] = a + i * dx;
        }
        return x;
    }

    /** Kahan-compensated cumulative sum of f(x_i) dx. */
    static double[] cumsum(DoubleUnaryOperator f, double[] x, double dx) {
        double[] y = new double[x.length];
        double sum = 0;
        double carry = 0;
        for (int i = 0; i < x.length; i++) {
            double term = f.applyAsDouble(x[i]) * dx - carry;
            double next = sum + term;
            carry = (next - sum) - term;
            sum = next;
            y[i] = sum;
        }
        return y;
    }
}
