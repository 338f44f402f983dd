import tangent.exercises.lesson01.CubicDerivative;

public class CubicDerivativeImpl implements CubicDerivative {

    private static double f(double x) {
        return x * x * x - 2 * x * x + 1;
    }

    public String derivativeExpression() {
        return "3*x**2 - 4*x";
    }

    public double derivative(double x) {
        return 3 * x * x - 4 * x;
    }

    public double[] rateOfChange(double[] xs, double dx) {
        if (dx == 0 || !Double.isFinite(dx)) {
            throw new IllegalArgumentException("dx = " + dx);
        }
        double[] rates = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            rates[i] = (f(xs[i] + dx) - f(xs[i])) / dx;
        }
        return rates;
    }

    public double largestDisagreement(double dx, double from, double to, int n) {
        if (n < 2) {
            throw new IllegalArgumentException("n = " + n);
        }
        double largest = 0;
        for (int i = 0; i < n; i++) {
            double x = from + (to - from) * i / (n - 1);
            double rate = (f(x + dx) - f(x)) / dx;
            largest = Math.max(largest, Math.abs(derivative(x) - rate));
        }
        return largest;
    }
}
