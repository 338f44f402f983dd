package mywork.part6;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import tangent.exercises.lesson06.ClippingAndPenalties;

// norm clipping + L1/L2 regularisation terms (stream based)
public final class PenaltyKit implements ClippingAndPenalties {

  @Override
  public double l2Penalty(double[] params, double reg) {
    double rs = checkReg(params, reg);
    return rs * total(params, wt -> wt * wt);
  }

  @Override
  public double[] l1Gradient(double[] params, double reg) {
    double rs = checkReg(params, reg);
    return Arrays.stream(params).map(wt -> rs * Math.signum(wt)).toArray();
  }

  private static double total(double[] arr, DoubleUnaryOperator fn) {
    return Arrays.stream(arr).map(fn).sum();
  }

  @Override
  public double[] clipByNorm(double[] grad, double limit) {
    if (grad == null) {
      throw new IllegalArgumentException("no gradient");
    }
    if (!(limit > 0 && Double.isFinite(limit))) {
      throw new IllegalArgumentException("maxNorm must be positive and finite");
    }
    double squares = total(grad, comp -> comp * comp);
    double len = Math.sqrt(squares);
    double factor = len > limit ? limit / len : 1;
    return Arrays.stream(grad).map(comp -> comp * factor).toArray();
  }

  @Override
  public double[] l2Gradient(double[] params, double reg) {
    double rs = checkReg(params, reg);
    return Arrays.stream(params).map(wt -> 2 * rs * wt).toArray();
  }

  @Override
  public double l1Penalty(double[] params, double reg) {
    double rs = checkReg(params, reg);
    return rs * total(params, Math::abs);
  }

  private static double checkReg(double[] params, double reg) {
    if (!(reg >= 0 && Double.isFinite(reg)) || params == null) {
      throw new IllegalArgumentException("need weights and a finite lambda >= 0");
    }
    return reg;
  }
}
