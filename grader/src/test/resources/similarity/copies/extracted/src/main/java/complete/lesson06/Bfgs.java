package complete.lesson06;

import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;
import tangent.exercises.lesson06.ConvexMinimizer;

/** BFGS on the inverse Hessian with an Armijo backtracking line search, like scipy's method="BFGS". */
public final class Bfgs implements ConvexMinimizer {

    @Override
    public double[] minimize(ToDoubleFunction<double[]> f, UnaryOperator<double[]> gradient, double[] start) {
        double[] x = finiteCopy(start);
        int n = x.length;
        double[][] h = identity(n);
        double fx = f.applyAsDouble(x.clone());
        double[] g = gradient.apply(x.clone());
        for (int iteration = 0; iteration < 10_000 && Math.sqrt(dot(g, g)) > 1e-9; iteration++) {
            double[] p = negated(times(h, g));
            double slope = dot(g, p);
            if (slope >= 0) { // not a descent direction: forget the curvature learnt so far
                h = identity(n);
                p = negated(g.clone());
                slope = dot(g, p);
            }
            double[] next = new double[n];
            double fNext = backtrack(f, x, p, fx, slope, next);
            if (Double.isNaN(fNext)) {
                return x; // f no longer decreases beyond rounding: this is the minimum
            }
            double[] gNext = gradient.apply(next.clone());
            double[] s = difference(next, x);
            double[] y = difference(gNext, g);
            double sy = dot(s, y);
            if (sy > 1e-14) {
                h = update(h, s, y, 1 / sy);
            }
            x = next;
            fx = fNext;
            g = gNext;
        }
        return x;
    }

    /** Checks the start point and copies it. */
    private static double[] finiteCopy(double[] start) {
        if (start == null || start.length == 0) {
            throw new IllegalArgumentException("start must have at least one coordinate");
        }
        double[] x = new double[start.length];
        for (int i = 0; i < start.length; i++) {
            if (!Double.isFinite(start[i])) {
                throw new IllegalArgumentException("start must be finite");
            }
            x[i] = start[i];
        }
        return x;
    }

    /** Flips the sign of every entry of v, in place, and returns v. */
    private static double[] negated(double[] v) {
        for (int i = 0; i < v.length; i++) {
            v[i] = -v[i];
        }
        return v;
    }

    /**
     * Armijo backtracking from x along p; writes the accepted point into next and returns f there,
     * or NaN when the step has shrunk below rounding without enough decrease.
     */
    private static double backtrack(ToDoubleFunction<double[]> f, double[] x, double[] p, double fx, double slope,
            double[] next) {
        double t = 1;
        while (true) {
            for (int i = 0; i < next.length; i++) {
                next[i] = x[i] + t * p[i];
            }
            double fNext = f.applyAsDouble(next.clone());
            if (fNext <= fx + 1e-4 * t * slope) {
                return fNext;
            }
            t /= 2;
            if (t < 1e-18) {
                return Double.NaN;
            }
        }
    }

    private static double[] difference(double[] a, double[] b) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i] - b[i];
        }
        return d;
    }

    /** H' = (I - rho s y^T) H (I - rho y s^T) + rho s s^T. */
    private static double[][] update(double[][] h, double[] s, double[] y, double rho) {
        int n = s.length;
        double[] hy = times(h, y);
        double yhy = dot(y, hy);
        double[][] next = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                next[i][j] = h[i][j] - rho * (hy[i] * s[j] + s[i] * hy[j]) + (rho * rho * yhy + rho) * s[i] * s[j];
            }
        }
        return next;
    }

    private static double[][] identity(int n) {
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            m[i][i] = 1;
        }
        return m;
    }

    private static double[] times(double[][] m, double[] v) {
        double[] r = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            r[i] = dot(m[i], v);
        }
        return r;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
