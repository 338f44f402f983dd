package complete.lesson03;

import tangent.exercises.lesson03.SteepestDescent;
import tangent.exercises.lesson03.Surface;

public class Descent implements SteepestDescent {

    private final Gradients gradients = new Gradients();

    @Override
    public double[] steepestDescent(Surface f, double x, double y) {
        double[] g = gradients.gradient(f, x, y);
        return new double[] {-g[0], -g[1]};
    }

    @Override
    public double[][] descentPath(Surface f, double x, double y, double rate, int steps) {
        if (!(rate > 0 && rate < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("rate must be positive and finite");
        }
        if (steps < 0) {
            throw new IllegalArgumentException("steps must be >= 0");
        }
        double[][] path = new double[steps + 1][];
        path[0] = new double[] {x, y};
        for (int k = 1; k <= steps; k++) {
            double[] p = path[k - 1];
            double[] d = steepestDescent(f, p[0], p[1]);
            path[k] = new double[] {p[0] + rate * d[0], p[1] + rate * d[1]};
        }
        return path;
    }
}
