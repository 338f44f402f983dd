package complete.lesson02;

import java.util.function.DoubleUnaryOperator;
import tangent.exercises.lesson02.RunningSumShift;

public class ShiftedCopy implements RunningSumShift {

    private static double[] grid(double a, double b, double dx) {
        double[] x = Arange.of(a, b, dx);
        if (x.length == 0) {
            throw new IllegalArgumentException("the interval [" + a + ", " + b + ") has no points");
        }
        return x;
    }

    @Override
    public double[] offsets(DoubleUnaryOperator f, DoubleUnaryOperator F, double a, double b, double dx) {
        double[] x = grid(a, b, dx);
        double[] d = Arange.cumsum(f, x, dx);
        for (int i = 0; i < d.length; i++) {
            d[i] -= F.applyAsDouble(x[i]);
        }
        return d;
    }

    @Override
    public double shift(DoubleUnaryOperator f, DoubleUnaryOperator F, double a, double b, double dx) {
        double[] d = offsets(f, F, a, b, dx);
        double s = 0;
        for (double v : d) {
            s += v;
        }
        return s / d.length;
    }

    @Override
    public boolean differsByConstant(DoubleUnaryOperator f, DoubleUnaryOperator F, double a, double b, double dx) {
        double[] x = grid(a, b, dx);
        double c = shift(f, F, a, b, dx);
        double[] d = offsets(f, F, a, b, dx);
        double steepest = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double largestF = 0;
        double worst = 0;
        for (int i = 0; i < x.length; i++) {
            double fi = f.applyAsDouble(x[i]);
            steepest = Math.max(steepest, Math.abs((f.applyAsDouble(x[i] + dx) - fi) / dx));
            min = Math.min(min, fi);
            max = Math.max(max, fi);
            largestF = Math.max(largestF, Math.abs(F.applyAsDouble(x[i])));
            worst = Math.max(worst, Math.abs(d[i] - c));
        }
        double t = dx * ((b - a) * steepest + (max - min)) + 1e-9 * (1 + largestF);
        return worst <= t;
    }
}
