import tangent.exercises.lesson03.SteepestDescent;
import tangent.exercises.lesson03.Surface;

public class Downhill implements SteepestDescent {

    private final GradientNumbers gradients = new GradientNumbers();

    @Override
    public double[] steepestDescent(Surface f, double x, double y) {
        double[] g = gradients.gradient(f, x, y);
        return new double[] {-g[0], -g[1]};
    }

    @Override
    public double[][] descentPath(Surface f, double x, double y, double rate, int steps) {
        if (!(rate > 0) || Double.isInfinite(rate) || steps < 0) {
            throw new IllegalArgumentException("need a positive finite rate and steps >= 0");
        }
        double[][] path = new double[steps + 1][];
        double px = x;
        double py = y;
        path[0] = new double[] {px, py};
        for (int k = 1; k <= steps; k++) {
            double[] d = steepestDescent(f, px, py);
            px += rate * d[0];
            py += rate * d[1];
            path[k] = new double[] {px, py};
        }
        return path;
    }
}
