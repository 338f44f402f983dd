package complete.lesson02;

import java.util.function.DoubleUnaryOperator;
import tangent.exercises.lesson02.RiemannSum;

public class LeftRiemann implements RiemannSum {

    @Override
    public double[] points(double a, double b, double dx) {
        return Arange.of(a, b, dx);
    }

    @Override
    public double sum(DoubleUnaryOperator f, double a, double b, double dx) {
        double[] y = runningSum(f, a, b, dx);
        return y.length == 0 ? 0.0 : y[y.length - 1];
    }

    @Override
    public double[] runningSum(DoubleUnaryOperator f, double a, double b, double dx) {
        return Arange.cumsum(f, Arange.of(a, b, dx), dx);
    }
}
