package edu.example.hopper;

import tangent.exercises.lesson08.TaylorExp;

/** T_n term by term, x^i / i!, with the factorials counted in a long. */
public class Taylor implements TaylorExp {

    private static void finite(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            throw new IllegalArgumentException("not a finite number: " + v);
        }
    }

    @Override
    public double partialSum(double x, int n) {
        finite(x);
        if (n < 0) {
            throw new IllegalArgumentException("n < 0");
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += Math.pow(x, i) / factorial(i);
        }
        return sum;
    }

    /** i!, in a long: an int overflows at 13!. */
    private static long factorial(int i) {
        long f = 1;
        for (int k = 2; k <= i; k++) {
            f *= k;
        }
        return f;
    }

    @Override
    public double maxError(int n, double from, double to, int points) {
        finite(from);
        finite(to);
        if (points < 2) {
            throw new IllegalArgumentException("points < 2");
        }
        double worst = 0;
        double step = (to - from) / (points - 1);
        for (int k = 0; k < points; k++) {
            double x = k == points - 1 ? to : from + k * step;
            worst = Math.max(worst, Math.abs(Math.exp(x) - partialSum(x, n)));
        }
        return worst;
    }

    @Override
    public double errorBound(double x, int n) {
        finite(x);
        if (n < 0) {
            throw new IllegalArgumentException("n < 0");
        }
        double bound = x > 0 ? Math.exp(x) : 1;
        for (int i = 1; i <= n; i++) {
            bound *= Math.abs(x) / i;
        }
        return bound;
    }

    @Override
    public int termsNeeded(double x, double tolerance) {
        finite(x);
        if (Math.abs(x) > 10 || !(tolerance >= 1e-9) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException("x or tolerance out of range");
        }
        for (int n = 0; n <= 100; n++) {
            if (Math.abs(Math.exp(x) - partialSum(x, n)) <= tolerance) {
                return n;
            }
        }
        throw new IllegalStateException("no n up to 100 is close enough");
    }
}
