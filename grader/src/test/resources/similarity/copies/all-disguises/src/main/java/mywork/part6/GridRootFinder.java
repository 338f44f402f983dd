package mywork.part6;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import tangent.exercises.lesson06.DerivativeScan;

// evaluate f' on a uniform grid, every sign flip gets bisected down to the last bit
public final class GridRootFinder implements DerivativeScan {

  @Override
  public boolean hasLocalExtremum(DoubleUnaryOperator deriv, double left, double right, int cells) {
    double[] vals = Arrays.stream(nodes(left, right, cells)).map(deriv).toArray();
    boolean anyNegative = Arrays.stream(vals).min().getAsDouble() < 0;
    boolean anyPositive = Arrays.stream(vals).max().getAsDouble() > 0;
    return anyPositive && anyNegative;
  }

  private static double[] nodes(double left, double right, int cells) {
    if (!(Double.isFinite(left) && Double.isFinite(right) && left < right) || cells < 1) {
      throw new IllegalArgumentException("need finite from < to and n >= 1");
    }
    double[] pts = new double[cells + 1];
    double width = right - left;
    int idx = 0;
    while (idx <= cells) {
      pts[idx] = left + width * idx / cells;
      idx++;
    }
    return pts;
  }

  @Override
  public double[] criticalPoints(DoubleUnaryOperator deriv, double left, double right, int cells) {
    double[] pts = nodes(left, right, cells);
    int nFound = 0;
    double[] result = new double[2 * cells + 1];
    double[] vals = Arrays.stream(pts).map(deriv).toArray();
    for (int idx = 0; idx <= cells; idx++) {
      if (vals[idx] == 0) {
        result[nFound++] = pts[idx];
      } else if (idx < cells && Math.signum(vals[idx]) * Math.signum(vals[idx + 1]) < 0) {
        result[nFound++] = narrow(deriv, pts[idx], pts[idx + 1], vals[idx] < 0);
      }
    }
    return Arrays.copyOf(result, nFound);
  }

  // bisection until the two ends are neighbouring doubles
  private static double narrow(DoubleUnaryOperator deriv, double lower, double upper, boolean negAtLo) {
    while (true) {
      double half = (upper - lower) / 2;
      double centre = lower + half;
      if (centre <= lower || centre >= upper) {
        break;
      }
      double fm = deriv.applyAsDouble(centre);
      if (fm == 0) {
        upper = centre;
        lower = centre;
        break;
      }
      boolean negAtM = fm < 0;
      if (negAtM == negAtLo) {
        lower = centre;
      } else {
        upper = centre;
      }
    }
    return lower + (upper - lower) / 2;
  }

  @Override
  public String logDerivative() {
    return "x^(-1)";
  }
}
