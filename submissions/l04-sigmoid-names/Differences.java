import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import tangent.exercises.lesson04.NumericJacobian;

/** Central differences, one input at a time. */
public class Differences implements NumericJacobian {

    @Override
    public double[][] jacobian(Function<double[], double[]> f, double[] point, double h) {
        if (point == null || point.length == 0 || !(h > 0) || Double.isInfinite(h)) {
            throw new IllegalArgumentException("need a point and a step h > 0");
        }
        double[][] jacobian = null;
        for (int j = 0; j < point.length; j++) {
            double[] right = point.clone();
            double[] left = point.clone();
            right[j] = point[j] + h;
            left[j] = point[j] - h;
            double[] fr = f.apply(right);
            double[] fl = f.apply(left);
            if (jacobian == null) {
                jacobian = new double[fr.length][point.length];
            }
            for (int i = 0; i < fr.length; i++) {
                jacobian[i][j] = (fr[i] - fl[i]) / (2 * h);
            }
        }
        return jacobian;
    }

    @Override
    public double[] gradient(ToDoubleFunction<double[]> f, double[] point, double h) {
        double[][] row = jacobian(p -> new double[] {f.applyAsDouble(p)}, point, h);
        return row[0];
    }
}
