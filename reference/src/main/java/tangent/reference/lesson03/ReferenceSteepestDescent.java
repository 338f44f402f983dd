package tangent.reference.lesson03;

import tangent.exercises.lesson03.SteepestDescent;
import tangent.exercises.lesson03.Surface;

/** Minus the gradient (by automatic differentiation), and the path of repeated steps along it. */
public final class ReferenceSteepestDescent implements SteepestDescent {

    @Override
    public double[] steepestDescent(Surface f, double x, double y) {
        double[] g = Surfaces.gradient(f, x, y);
        return new double[] {-g[0], -g[1]};
    }

    @Override
    public double[][] descentPath(Surface f, double x, double y, double rate, int steps) {
        if (!(rate > 0) || !Double.isFinite(rate)) {
            throw new IllegalArgumentException("the rate must be greater than 0 and finite, got " + rate);
        }
        if (steps < 0) {
            throw new IllegalArgumentException("the number of steps must be at least 0, got " + steps);
        }
        double[][] path = new double[steps + 1][];
        path[0] = new double[] {x, y};
        for (int k = 0; k < steps; k++) {
            double[] p = path[k];
            double[] d = steepestDescent(f, p[0], p[1]);
            path[k + 1] = new double[] {p[0] + rate * d[0], p[1] + rate * d[1]};
        }
        return path;
    }
}
