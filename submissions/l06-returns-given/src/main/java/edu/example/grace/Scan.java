package edu.example.grace;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import tangent.exercises.lesson06.DerivativeScan;

/** A grid over [from, to], then bisection in every bracket where f' changes sign. */
public class Scan implements DerivativeScan {

    @Override
    public String logDerivative() {
        return "1/x";
    }

    @Override
    public double[] criticalPoints(DoubleUnaryOperator fPrime, double from, double to, int n) {
        check(from, to, n);
        double h = (to - from) / n;
        List<Double> roots = new ArrayList<>();
        double left = from;
        double fl = fPrime.applyAsDouble(left);
        if (fl == 0) {
            roots.add(left);
        }
        for (int i = 1; i <= n; i++) {
            double right = i == n ? to : from + i * h;
            double fr = fPrime.applyAsDouble(right);
            if (fr == 0) {
                roots.add(right);
            } else if ((fl < 0 && fr > 0) || (fl > 0 && fr < 0)) {
                roots.add(bisect(fPrime, left, right, fl));
            }
            left = right;
            fl = fr;
        }
        double[] result = new double[roots.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = roots.get(i);
        }
        return result;
    }

    @Override
    public boolean hasLocalExtremum(DoubleUnaryOperator fPrime, double from, double to, int n) {
        check(from, to, n);
        boolean positive = false;
        boolean negative = false;
        for (int i = 0; i <= n; i++) {
            double v = fPrime.applyAsDouble(from + (to - from) * i / n);
            positive |= v > 0;
            negative |= v < 0;
        }
        return positive && negative;
    }

    private static double bisect(DoubleUnaryOperator g, double lo, double hi, double glo) {
        for (int k = 0; k < 200 && hi - lo > 1e-12; k++) {
            double mid = (lo + hi) / 2;
            double gm = g.applyAsDouble(mid);
            if (gm == 0) {
                return mid;
            }
            if ((gm < 0) == (glo < 0)) {
                lo = mid;
                glo = gm;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }

    private static void check(double from, double to, int n) {
        if (n < 1 || !(from < to) || Double.isInfinite(from) || Double.isInfinite(to)) {
            throw new IllegalArgumentException("bad interval or grid");
        }
    }
}
