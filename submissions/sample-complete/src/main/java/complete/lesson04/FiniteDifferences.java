package complete.lesson04;

import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import tangent.exercises.lesson04.NumericJacobian;

public class FiniteDifferences implements NumericJacobian {

    @Override
    public double[][] jacobian(Function<double[], double[]> f, double[] point, double h) {
        validate(point, h);
        int n = point.length;
        double[][] columns = new double[n][];
        for (int j = 0; j < n; j++) {
            double[] up = f.apply(shifted(point, j, h));
            double[] down = f.apply(shifted(point, j, -h));
            columns[j] = new double[up.length];
            for (int i = 0; i < up.length; i++) {
                columns[j][i] = (up[i] - down[i]) / (2 * h);
            }
        }
        double[][] jacobian = new double[columns[0].length][n];
        for (int i = 0; i < jacobian.length; i++) {
            for (int j = 0; j < n; j++) {
                jacobian[i][j] = columns[j][i];
            }
        }
        return jacobian;
    }

    @Override
    public double[] gradient(ToDoubleFunction<double[]> f, double[] point, double h) {
        validate(point, h);
        double[] g = new double[point.length];
        for (int j = 0; j < point.length; j++) {
            g[j] = (f.applyAsDouble(shifted(point, j, h)) - f.applyAsDouble(shifted(point, j, -h))) / (2 * h);
        }
        return g;
    }

    private static double[] shifted(double[] point, int j, double by) {
        double[] p = point.clone();
        p[j] += by;
        return p;
    }

    private static void validate(double[] point, double h) {
        if (point == null || point.length == 0) {
            throw new IllegalArgumentException("need a point with at least one coordinate");
        }
        if (!(h > 0) || Double.isInfinite(h)) {
            throw new IllegalArgumentException("h must be positive and finite");
        }
    }
}
