package edu.bo.mlcalc;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import tangent.exercises.lesson06.DerivativeScan;

/** Looks for zeros of f' on an even grid: exact zeros at grid points, sign changes refined by bisection. */
public class GridDerivativeScan implements DerivativeScan {

    private static final double TOLERANCE = 1e-10;

    /** The grid points and the values of f' there. */
    private record Samples(double[] x, double[] y) {

        static Samples of(DoubleUnaryOperator fPrime, double from, double to, int n) {
            Require.present(fPrime, "fPrime");
            Require.interval(from, to);
            Require.atLeast(n, 1, "n");
            double[] xs = IntStream.rangeClosed(0, n).mapToDouble(i -> from + i * (to - from) / n).toArray();
            return new Samples(xs, Arrays.stream(xs).map(fPrime).toArray());
        }

        boolean opposite(int i) {
            return y[i] < 0 && y[i + 1] > 0 || y[i] > 0 && y[i + 1] < 0;
        }
    }

    @Override
    public String logDerivative() {
        return "1/x";
    }

    @Override
    public double[] criticalPoints(DoubleUnaryOperator fPrime, double from, double to, int n) {
        Samples s = Samples.of(fPrime, from, to, n);
        return IntStream.rangeClosed(0, n)
                .mapToObj(i -> i == n ? exactZero(s, i) : DoubleStream.concat(exactZero(s, i), signChange(fPrime, s, i)))
                .flatMapToDouble(d -> d)
                .toArray();
    }

    @Override
    public boolean hasLocalExtremum(DoubleUnaryOperator fPrime, double from, double to, int n) {
        double[] y = Samples.of(fPrime, from, to, n).y();
        return Arrays.stream(y).anyMatch(v -> v > 0) && Arrays.stream(y).anyMatch(v -> v < 0);
    }

    private static DoubleStream exactZero(Samples s, int i) {
        return s.y()[i] == 0 ? DoubleStream.of(s.x()[i]) : DoubleStream.empty();
    }

    private static DoubleStream signChange(DoubleUnaryOperator fPrime, Samples s, int i) {
        return s.opposite(i) ? DoubleStream.of(bisect(fPrime, s.x()[i], s.x()[i + 1], s.y()[i] < 0))
                : DoubleStream.empty();
    }

    /** A root of g in (lo, hi), where g changes sign; {@code risingThrough} says g(lo) &lt; 0. */
    static double bisect(DoubleUnaryOperator g, double lo, double hi, boolean risingThrough) {
        while (hi - lo > TOLERANCE) {
            double mid = lo + (hi - lo) / 2;
            if (mid <= lo || mid >= hi) {
                break;
            }
            double v = g.applyAsDouble(mid);
            if (v == 0) {
                return mid;
            }
            if ((v < 0) == risingThrough) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo + (hi - lo) / 2;
    }
}
