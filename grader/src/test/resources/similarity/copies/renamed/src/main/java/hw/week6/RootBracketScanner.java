package hw.week6;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import tangent.exercises.lesson06.DerivativeScan;

/** f' on the grid once; each sign change narrowed by bisection to machine precision. */
public final class RootBracketScanner implements DerivativeScan {

    @Override
    public String logDerivative() {
        return "x^(-1)";
    }

    @Override
    public double[] criticalPoints(DoubleUnaryOperator deriv, double left, double right, int cells) {
        double[] nodes = mesh(left, right, cells);
        double[] values = Arrays.stream(nodes).map(deriv).toArray();
        double[] hits = new double[2 * cells + 1];
        int hitCount = 0;
        for (int pos = 0; pos <= cells; pos++) {
            if (values[pos] == 0) {
                hits[hitCount++] = nodes[pos];
            } else if (pos < cells && Math.signum(values[pos]) * Math.signum(values[pos + 1]) < 0) {
                double low = nodes[pos];
                double high = nodes[pos + 1];
                boolean lowBelow = values[pos] < 0;
                while (true) {
                    double centre = low + (high - low) / 2;
                    if (centre <= low || centre >= high) {
                        break;
                    }
                    double fc = deriv.applyAsDouble(centre);
                    if (fc == 0) {
                        low = centre;
                        high = centre;
                        break;
                    }
                    if ((fc < 0) == lowBelow) {
                        low = centre;
                    } else {
                        high = centre;
                    }
                }
                hits[hitCount++] = low + (high - low) / 2;
            }
        }
        return Arrays.copyOf(hits, hitCount);
    }

    @Override
    public boolean hasLocalExtremum(DoubleUnaryOperator deriv, double left, double right, int cells) {
        double[] values = Arrays.stream(mesh(left, right, cells)).map(deriv).toArray();
        return Arrays.stream(values).max().getAsDouble() > 0 && Arrays.stream(values).min().getAsDouble() < 0;
    }

    private static double[] mesh(double left, double right, int cells) {
        if (!(Double.isFinite(left) && Double.isFinite(right) && left < right) || cells < 1) {
            throw new IllegalArgumentException("need finite from < to and n >= 1");
        }
        double[] nodes = new double[cells + 1];
        for (int pos = 0; pos <= cells; pos++) {
            nodes[pos] = left + (right - left) * pos / cells;
        }
        return nodes;
    }
}
