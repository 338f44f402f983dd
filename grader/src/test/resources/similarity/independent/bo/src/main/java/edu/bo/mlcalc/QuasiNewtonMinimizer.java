package edu.bo.mlcalc;

import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import tangent.exercises.lesson06.ConvexMinimizer;

/**
 * BFGS with a backtracking line search. A trial step t is taken when it passes the Armijo test on
 * f, or when the slope along the line is still not positive there (d . grad f(x + t d) &lt;= 0): for
 * a convex f that step goes downhill too, and the gradient keeps telling so near the minimum, where
 * the changes of f drown in rounding. The inverse-Hessian estimate falls back to the identity (a
 * plain gradient step) whenever it stops giving a descent direction or no step is found.
 */
public class QuasiNewtonMinimizer implements ConvexMinimizer {

    private static final double GRADIENT_TOLERANCE = 1e-9;
    private static final double SMALLEST_STEP = 1e-20;
    private static final double ARMIJO = 1e-4;
    private static final int MAX_ITERATIONS = 5_000;

    /** An iterate: the point, f there and the gradient there. */
    private record Point(double[] x, double f, double[] g) {

        static Point at(double[] x, ToDoubleFunction<double[]> f, UnaryOperator<double[]> gradient) {
            double[] g = gradient.apply(x.clone());
            Require.that(g != null && g.length == x.length, "the gradient must have the point's length");
            return new Point(x, f.applyAsDouble(x.clone()), g.clone());
        }
    }

    @Override
    public double[] minimize(ToDoubleFunction<double[]> f, UnaryOperator<double[]> gradient, double[] start) {
        Require.present(f, "f");
        Require.present(gradient, "gradient");
        Require.finiteVector(start, "start", false);
        int n = start.length;
        Point current = Point.at(start.clone(), f, gradient);
        double[][] h = identity(n);
        boolean fresh = true;
        for (int iteration = 0; iteration < MAX_ITERATIONS && norm(current.g()) > GRADIENT_TOLERANCE; iteration++) {
            double[] direction = scale(times(h, current.g()), -1);
            double slope = dot(direction, current.g());
            if (!(slope < 0)) {
                if (fresh) {
                    break;
                }
                h = identity(n);
                fresh = true;
                continue;
            }
            Point next = lineSearch(f, gradient, current, direction, slope);
            if (next == null) {
                if (fresh) {
                    break; // not even a gradient step lowers f: rounding has the last word
                }
                h = identity(n);
                fresh = true;
                continue;
            }
            double[] s = minus(next.x(), current.x());
            double[] y = minus(next.g(), current.g());
            double sy = dot(s, y);
            if (sy > 0) {
                h = fresh ? scaledIdentity(n, sy / dot(y, y)) : h;
                h = bfgsUpdate(h, s, y, sy);
                fresh = false;
            }
            current = next;
        }
        return current.x().clone();
    }

    /** The first acceptable t = 1, 1/2, 1/4, ... (see the class comment), or null if none is found. */
    private static Point lineSearch(ToDoubleFunction<double[]> f, UnaryOperator<double[]> gradient, Point from,
            double[] direction, double slope) {
        for (double t = 1; t >= SMALLEST_STEP; t /= 2) {
            Point trial = Point.at(plusScaled(from.x(), t, direction), f, gradient);
            if (trial.f() <= from.f() + ARMIJO * t * slope || dot(direction, trial.g()) <= 0) {
                return trial;
            }
        }
        return null;
    }

    /** H' = H - rho (s v^T + v s^T) + (rho + rho^2 y.v) s s^T, with v = H y and rho = 1 / (s.y). */
    private static double[][] bfgsUpdate(double[][] h, double[] s, double[] y, double sy) {
        double rho = 1 / sy;
        double[] v = times(h, y);
        double c = rho + rho * rho * dot(y, v);
        int n = s.length;
        return IntStream.range(0, n)
                .mapToObj(i -> IntStream.range(0, n)
                        .mapToDouble(j -> h[i][j] - rho * (s[i] * v[j] + v[i] * s[j]) + c * s[i] * s[j])
                        .toArray())
                .toArray(double[][]::new);
    }

    private static double[][] identity(int n) {
        return scaledIdentity(n, 1);
    }

    private static double[][] scaledIdentity(int n, double d) {
        return IntStream.range(0, n)
                .mapToObj(i -> IntStream.range(0, n).mapToDouble(j -> i == j ? d : 0).toArray())
                .toArray(double[][]::new);
    }

    private static double[] times(double[][] m, double[] v) {
        return IntStream.range(0, m.length).mapToDouble(i -> dot(m[i], v)).toArray();
    }

    private static double dot(double[] a, double[] b) {
        return IntStream.range(0, a.length).mapToDouble(i -> a[i] * b[i]).sum();
    }

    private static double norm(double[] v) {
        return Math.sqrt(dot(v, v));
    }

    private static double[] scale(double[] v, double k) {
        return plusScaled(new double[v.length], k, v);
    }

    private static double[] minus(double[] a, double[] b) {
        return plusScaled(a, -1, b);
    }

    private static double[] plusScaled(double[] a, double k, double[] b) {
        return IntStream.range(0, a.length).mapToDouble(i -> a[i] + k * b[i]).toArray();
    }
}
