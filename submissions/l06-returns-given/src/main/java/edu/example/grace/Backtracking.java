package edu.example.grace;

import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;
import tangent.exercises.lesson06.ConvexMinimizer;

/** Gradient descent with a backtracking (Armijo) line search, as the task suggests. */
public class Backtracking implements ConvexMinimizer {

    @Override
    public double[] minimize(ToDoubleFunction<double[]> f, UnaryOperator<double[]> gradient, double[] start) {
        if (start == null || start.length == 0) {
            throw new IllegalArgumentException("empty start");
        }
        for (double v : start) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("start not finite");
            }
        }
        double[] x = start.clone();
        double fx = f.applyAsDouble(x);
        double t = 1;
        for (int iter = 0; iter < 1_000_000; iter++) {
            double[] g = gradient.apply(x.clone());
            double gg = 0;
            for (double v : g) {
                gg += v * v;
            }
            if (Math.sqrt(gg) <= 1e-7) {
                break;
            }
            t = Math.min(1, 2 * t);
            double[] next = new double[x.length];
            double fn;
            while (true) {
                for (int i = 0; i < x.length; i++) {
                    next[i] = x[i] - t * g[i];
                }
                fn = f.applyAsDouble(next);
                if (fn <= fx - t * gg / 2 || t < 1e-20) {
                    break;
                }
                t /= 2;
            }
            if (t < 1e-20) {
                break; // no step lowers f any more: as close as doubles allow
            }
            x = next;
            fx = fn;
        }
        return x;
    }
}
