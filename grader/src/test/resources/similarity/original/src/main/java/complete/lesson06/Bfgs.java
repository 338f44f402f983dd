package complete.lesson06;

import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;
import tangent.exercises.lesson06.ConvexMinimizer;

/** BFGS on the inverse Hessian with an Armijo backtracking line search, like scipy's method="BFGS". */
public final class Bfgs implements ConvexMinimizer {

    @Override
    public double[] minimize(ToDoubleFunction<double[]> f, UnaryOperator<double[]> gradient, double[] start) {
        if (start == null || start.length == 0) {
            throw new IllegalArgumentException("start must have at least one coordinate");
        }
        int n = start.length;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(start[i])) {
                throw new IllegalArgumentException("start must be finite");
            }
            x[i] = start[i];
        }
        double[][] h = identity(n);
        double fx = f.applyAsDouble(x.clone());
        double[] g = gradient.apply(x.clone());
        for (int iteration = 0; iteration < 10_000 && norm(g) > 1e-9; iteration++) {
            double[] p = times(h, g);
            for (int i = 0; i < n; i++) {
                p[i] = -p[i];
            }
            double slope = dot(g, p);
            if (slope >= 0) { // not a descent direction: forget the curvature learnt so far
                h = identity(n);
                p = g.clone();
                for (int i = 0; i < n; i++) {
                    p[i] = -p[i];
                }
                slope = dot(g, p);
            }
            double t = 1;
            double[] next = new double[n];
            double fNext;
            while (true) {
                for (int i = 0; i < n; i++) {
                    next[i] = x[i] + t * p[i];
                }
                fNext = f.applyAsDouble(next.clone());
                if (fNext <= fx + 1e-4 * t * slope) {
                    break;
                }
                t /= 2;
                if (t < 1e-18) {
                    return x; // f no longer decreases beyond rounding: this is the minimum
                }
            }
            double[] gNext = gradient.apply(next.clone());
            double[] s = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                s[i] = next[i] - x[i];
                y[i] = gNext[i] - g[i];
            }
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

    private static double norm(double[] v) {
        return Math.sqrt(dot(v, v));
    }
}
