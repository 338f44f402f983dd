package tangent.reference.lesson04;

import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import tangent.exercises.lesson04.NumericJacobian;

/** Central differences, one input at a time, exactly the task's scheme. */
public final class ReferenceNumericJacobian implements NumericJacobian {

    @Override
    public double[][] jacobian(Function<double[], double[]> f, double[] point, double h) {
        check(point, h);
        int n = point.length;
        double[][] columns = new double[n][];
        for (int j = 0; j < n; j++) {
            double[] plus = point.clone();
            double[] minus = point.clone();
            plus[j] += h;
            minus[j] -= h;
            double[] up = f.apply(plus);
            double[] down = f.apply(minus);
            columns[j] = new double[up.length];
            for (int i = 0; i < up.length; i++) {
                columns[j][i] = (up[i] - down[i]) / (2 * h);
            }
        }
        int m = columns[0].length;
        double[][] jacobian = new double[m][n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                jacobian[i][j] = columns[j][i];
            }
        }
        return jacobian;
    }

    @Override
    public double[] gradient(ToDoubleFunction<double[]> f, double[] point, double h) {
        return jacobian(a -> new double[] {f.applyAsDouble(a)}, point, h)[0];
    }

    private static void check(double[] point, double h) {
        if (point == null || point.length == 0) {
            throw new IllegalArgumentException("the point must have at least one coordinate");
        }
        if (!(h > 0) || !Double.isFinite(h)) {
            throw new IllegalArgumentException("the step h must be greater than 0 and finite, got " + h);
        }
    }
}
