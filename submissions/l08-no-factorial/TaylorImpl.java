import tangent.exercises.lesson08.TaylorExp;

public class TaylorImpl implements TaylorExp {

    private static void check(double x) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("x = " + x);
        }
    }

    public double partialSum(double x, int n) {
        check(x);
        if (n < 0) {
            throw new IllegalArgumentException("n = " + n);
        }
        double sum = 0;
        double term = 1;
        for (int i = 0; i < n; i++) {
            sum += term;
            term *= x;
        }
        return sum;
    }

    public double maxError(int n, double from, double to, int points) {
        check(from);
        check(to);
        if (points < 2) {
            throw new IllegalArgumentException("points = " + points);
        }
        double max = 0;
        for (int k = 0; k < points; k++) {
            double x = from + (to - from) * k / (points - 1);
            max = Math.max(max, Math.abs(Math.exp(x) - partialSum(x, n)));
        }
        return max;
    }

    public double errorBound(double x, int n) {
        check(x);
        if (n < 0) {
            throw new IllegalArgumentException("n = " + n);
        }
        double factorial = 1;
        for (int i = 2; i <= n; i++) {
            factorial *= i;
        }
        return Math.exp(Math.max(x, 0)) * Math.pow(Math.abs(x), n) / factorial;
    }

    public int termsNeeded(double x, double tolerance) {
        check(x);
        if (Math.abs(x) > 10 || tolerance < 1e-9 || !Double.isFinite(tolerance)) {
            throw new IllegalArgumentException("out of range");
        }
        for (int n = 0; n < 200; n++) {
            if (Math.abs(Math.exp(x) - partialSum(x, n)) <= tolerance) {
                return n;
            }
        }
        throw new IllegalStateException("the series does not get within " + tolerance + " of e^" + x);
    }
}
