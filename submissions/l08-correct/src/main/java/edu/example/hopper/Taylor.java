package edu.example.hopper;

import tangent.exercises.lesson08.TaylorExp;

/** Each term from the one before: x^i / i! = (x^(i-1) / (i-1)!) * x / i. */
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
        double term = 1;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                term *= x / i;
            }
            sum += term;
        }
        return sum;
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
        int n = 0;
        while (Math.abs(Math.exp(x) - partialSum(x, n)) > tolerance) {
            n++;
        }
        return n;
    }
}
