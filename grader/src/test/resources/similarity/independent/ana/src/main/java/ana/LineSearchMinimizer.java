package ana;

import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;
import tangent.exercises.lesson06.ConvexMinimizer;

/**
 * Steepest descent with a backtracking (Armijo) line search.
 *
 * <p>Each step goes from x to x - t g with the largest t from 1, 1/2, 1/4, ... that lowers f by at
 * least t |g|^2 / 2. Near the minimum the decrease of f drowns in rounding; then the step is
 * accepted instead when it makes the gradient shorter, which still works there because the
 * gradient itself is not yet dominated by rounding.
 */
public class LineSearchMinimizer implements ConvexMinimizer {

    private static final double GRADIENT_TOLERANCE = 1e-7;
    private static final double SMALLEST_STEP = 1e-20;
    private static final int MAX_ITERATIONS = 200_000;

    @Override
    public double[] minimize(ToDoubleFunction<double[]> f, UnaryOperator<double[]> gradient, double[] start) {
        if (f == null || gradient == null) {
            throw new IllegalArgumentException("f and its gradient are required");
        }
        if (start == null || start.length == 0) {
            throw new IllegalArgumentException("the start point must have at least one coordinate");
        }
        for (double v : start) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("the start point must be finite");
            }
        }
        int n = start.length;
        double[] x = start.clone();
        double[] g = gradientAt(gradient, x, n);
        double fx = f.applyAsDouble(x.clone());
        double lastStep = 1;

        // once f stops resolving the decrease, stay with the gradient-norm test for good
        boolean polishing = false;
        for (int iter = 0; iter < MAX_ITERATIONS; iter++) {
            double gg = dot(g, g);
            if (Math.sqrt(gg) <= GRADIENT_TOLERANCE) {
                break;
            }
            // start a little above the last accepted step, to save halvings
            double t = Math.min(1, 2 * lastStep);
            double[] y = null;
            double[] gy = null;
            double fy = Double.NaN;
            boolean accepted = false;
            if (!polishing) {
                // Armijo backtracking. The decrease must be real (fy < fx): near the minimum
                // fx - t|g|^2/2 rounds to fx, and a step that only keeps f equal is no progress.
                for (; t >= SMALLEST_STEP; t /= 2) {
                    y = step(x, g, t);
                    fy = f.applyAsDouble(y.clone());
                    if (fy < fx && fy <= fx - t * gg / 2) {
                        accepted = true;
                        gy = gradientAt(gradient, y, n);
                        break;
                    }
                }
                if (!accepted) {
                    polishing = true;
                    t = Math.min(1, 2 * lastStep);
                }
            }
            if (polishing) {
                // accept the longest step that makes the gradient shorter
                for (; t >= SMALLEST_STEP; t /= 2) {
                    y = step(x, g, t);
                    double[] candidate = gradientAt(gradient, y, n);
                    if (dot(candidate, candidate) < gg) {
                        gy = candidate;
                        fy = f.applyAsDouble(y.clone());
                        accepted = true;
                        break;
                    }
                }
                if (!accepted) {
                    break; // no step improves anything any more: this is as close as doubles allow
                }
            }
            x = y;
            fx = fy;
            g = gy;
            lastStep = t;
        }
        return x;
    }

    private static double[] gradientAt(UnaryOperator<double[]> gradient, double[] x, int n) {
        double[] g = gradient.apply(x.clone()); // a copy, in case the caller's function writes to it
        if (g == null || g.length != n) {
            throw new IllegalArgumentException("the gradient must have " + n + " coordinates");
        }
        return g.clone();
    }

    private static double[] step(double[] x, double[] g, double t) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i] - t * g[i];
        }
        return y;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
